import { expect, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';

/** The element is inside the viewport and nothing (such as the sticky header) covers its centre. */
export async function expectUncovered(locator: Locator): Promise<void> {
  await expect(locator).toBeInViewport();
  const uncovered = await locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + box.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
  expect(uncovered, 'the element is covered by something else').toBe(true);
}

/** The content of a `<meta>` tag by its property or name. */
export function metaContent(page: Page, key: string): Promise<string | null> {
  return page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * How many pixels of a screenshot (or of a region of it) stand out from a CSS background colour
 * ("rgb(r, g, b)"): their channels differ from it by more than `threshold` in all.
 */
export function pixelsUnlike(
  screenshot: Buffer,
  background: string,
  threshold: number,
  region?: { left: number; top: number; width: number; height: number },
): Promise<{ count: number; total: number }> {
  return countPixels(screenshot, background, region, (distance) => distance > threshold);
}

/** How many pixels of a region of a screenshot are within `tolerance` (summed over channels) of a CSS colour. */
export function pixelsLike(
  screenshot: Buffer,
  colour: string,
  tolerance: number,
  region: { left: number; top: number; width: number; height: number },
): Promise<{ count: number; total: number }> {
  return countPixels(screenshot, colour, region, (distance) => distance <= tolerance);
}

async function countPixels(
  screenshot: Buffer,
  colour: string,
  region: { left: number; top: number; width: number; height: number } | undefined,
  counts: (distance: number) => boolean,
): Promise<{ count: number; total: number }> {
  const image = region ? sharp(screenshot).extract(region) : sharp(screenshot);
  const { data, info } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const [r, g, b] = colour.match(/\d+/g)!.map(Number);
  let count = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if (counts(Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!))) count++;
  }
  return { count, total: info.width * info.height };
}

/** Waits for the print style sheet, which the enhancement script adds after the first paint. */
export async function waitForPrintStyles(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/print.css')));
}

/** Waits for the enhancement module (loaded after the first paint) to have upgraded the copy controls, which it unhides. */
export async function waitForEnhancement(page: Page): Promise<void> {
  await page.waitForFunction(() => customElements.get('explainer-copy') !== undefined);
}

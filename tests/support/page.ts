import { expect, type Locator, type Page } from '@playwright/test';

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

/**
 * The Arabic edition as a reader meets it in Chromium: right to left throughout, Arabic set
 * without Latin-only styling (no letter-spacing, capitals or italics), taller lines, and a
 * language link in the header that keeps the reader's place when it can.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Elements in Arabic (their nearest lang is ar) whose text is styled for Latin letters only. */
async function latinOnlyStyling(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')].flatMap((el) => {
      if (!el.closest('[lang]')?.getAttribute('lang')?.startsWith('ar')) return [];
      if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /[\u0600-\u06ff]/.test(n.textContent ?? ''))) return [];
      const style = getComputedStyle(el);
      const wrong = [
        style.letterSpacing !== 'normal' && style.letterSpacing !== '0px' && `letter-spacing ${style.letterSpacing}`,
        style.textTransform !== 'none' && `text-transform ${style.textTransform}`,
        style.fontStyle !== 'normal' && `font-style ${style.fontStyle}`,
      ].filter(Boolean);
      return wrong.length ? [`${el.tagName.toLowerCase()}.${el.className}: ${wrong.join(', ')}`] : [];
    }),
  );
}

test.describe('the Arabic edition', () => {
  test('reads right to left with no letter-spacing, capitals or italics on Arabic words, and lines set taller than English', async ({
    page,
  }) => {
    await page.goto('./ar/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await latinOnlyStyling(page)).toEqual([]);
    const ratio = (p: Page) =>
      p
        .locator('.prose p')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize));
    const arabic = await ratio(page);
    await page.goto('./');
    expect(arabic).toBeGreaterThanOrEqual(1.8);
    expect(arabic).toBeGreaterThan(await ratio(page));
  });

  test('at 1280 px the contents stand at the right of the text, the site name at the right of the header', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./ar/');
    const box = (selector: string) => page.locator(selector).first().boundingBox();
    const [contents, text, name, link] = await Promise.all([
      box('.article-contents'),
      box('.article-header'),
      box('.site-name'),
      box('.language-link'),
    ]);
    expect(contents!.x).toBeGreaterThan(text!.x + text!.width);
    expect(name!.x + name!.width).toBeGreaterThan(1200);
    expect(link!.x).toBeLessThan(200);
  });

  for (const width of [360, 1280]) {
    test(`under forced colours axe finds nothing, light and dark, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ forcedColors: 'active', colorScheme });
        await page.goto('./ar/');
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => v.id)).toEqual([]);
      }
    });
  }
});

/**
 * Clicks the header's language link where it stands, as a reader does: Playwright's own click
 * scrolls a sticky header's link "into view" first, moving the page off the section being read.
 */
async function clickLanguageLink(page: Page): Promise<void> {
  const box = (await page.locator('.language-link').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test.describe('the language link', () => {
  test('followed from a section, lands on the same section of the other edition', async ({ page }) => {
    await page.goto('./#recommendations');
    // The enhancement script, which carries the section over, runs after the first paint.
    await expect(page.locator('explainer-theme')).toBeVisible();
    await clickLanguageLink(page);
    await expect(page).toHaveURL(/\/ar\/#recommendations$/);
    const top = await page.locator('#recommendations').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    // And back, from the Arabic page, to the English section.
    await expect(page.locator('explainer-theme')).toBeVisible();
    await clickLanguageLink(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/#recommendations$/);
    expect(page.url()).not.toContain('/ar/');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('is a plain link to the other edition', async ({ page }) => {
      await page.goto('./ar/');
      await page.locator('.language-link').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.locator('.language-link').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    });
  });
});

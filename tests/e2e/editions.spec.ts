/**
 * The translated editions as a reader meets them in Chromium (Arabic and Persian, both in Arabic
 * script): right to left throughout, set without Latin-only styling (no letter-spacing, capitals
 * or italics), taller lines, and language links in the header that keep the reader's place.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { editionFolders, editionPaths } from '../support/content';

const editions = editionFolders.map((language, i) => ({ language, path: editionPaths[i]! }));

/** Elements in the page's language whose Arabic-script text is styled for Latin letters only. */
async function latinOnlyStyling(page: Page, language: string): Promise<string[]> {
  return page.evaluate(
    (language) =>
      [...document.querySelectorAll<HTMLElement>('body *')].flatMap((el) => {
        if (el.closest('[lang]')?.getAttribute('lang') !== language) return [];
        if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /[\u0600-\u06ff]/.test(n.textContent ?? ''))) return [];
        const style = getComputedStyle(el);
        const wrong = [
          style.letterSpacing !== 'normal' && style.letterSpacing !== '0px' && `letter-spacing ${style.letterSpacing}`,
          style.textTransform !== 'none' && `text-transform ${style.textTransform}`,
          style.fontStyle !== 'normal' && `font-style ${style.fontStyle}`,
        ].filter(Boolean);
        return wrong.length ? [`${el.tagName.toLowerCase()}.${el.className}: ${wrong.join(', ')}`] : [];
      }),
    language,
  );
}

for (const { language, path } of editions.slice(1))
  test.describe(`the ${language} edition`, () => {
    test('reads right to left with no letter-spacing, capitals or italics on its words, and lines set taller than English', async ({
      page,
    }) => {
      await page.goto(`./${path}`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      expect(await latinOnlyStyling(page, language)).toEqual([]);
      const ratio = (p: Page) =>
        p
          .locator('.prose p')
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize));
      const translated = await ratio(page);
      await page.goto('./');
      expect(translated).toBeGreaterThanOrEqual(1.8);
      expect(translated).toBeGreaterThan(await ratio(page));
    });

    test('at 1280 px the contents stand at the right of the text, the site name at the right of the header', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`./${path}`);
      const box = (selector: string) => page.locator(selector).first().boundingBox();
      const [contents, text, name, link] = await Promise.all([
        box('.article-contents'),
        box('.article-header'),
        box('.site-name'),
        box('.language-links'),
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
          await page.goto(`./${path}`);
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((v) => v.id)).toEqual([]);
        }
      });
    }
  });

/**
 * Clicks the header's link to an edition where it stands, as a reader does: Playwright's own
 * click scrolls a sticky header's link "into view" first, moving the page off the section being read.
 */
async function clickLanguageLink(page: Page, language: string): Promise<void> {
  const box = (await page.locator(`.language-link[hreflang="${language}"]`).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test.describe('the language links', () => {
  for (const from of editions)
    for (const to of editions.filter((e) => e !== from))
      test(`followed from a section of /${from.path}, land on the same section of /${to.path}`, async ({ page }) => {
        await page.goto(`./${from.path}#recommendations`);
        // The enhancement script, which carries the section over, runs after the first paint.
        await expect(page.locator('explainer-theme')).toBeVisible();
        await clickLanguageLink(page, to.language);
        await expect(page.locator('html')).toHaveAttribute('lang', to.language);
        expect(new URL(page.url()).pathname.endsWith(`/${to.path}`)).toBe(true);
        expect(new URL(page.url()).hash).toBe('#recommendations');
        const top = await page.locator('#recommendations').evaluate((el) => el.getBoundingClientRect().top);
        expect(top).toBeGreaterThanOrEqual(0);
        expect(top).toBeLessThan(200);
      });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('are plain links to every other edition', async ({ page }) => {
      await page.goto('./');
      for (const to of [...editions.slice(1), editions[0]!]) {
        await page.locator(`.language-link[hreflang="${to.language}"]`).click();
        await expect(page.locator('html')).toHaveAttribute('lang', to.language);
      }
    });
  });
});

import { expect, test } from '@playwright/test';
import { extractText } from 'unpdf';
import { actorTable, titledSections } from '../support/content';

test.describe('printing the article', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto('./');
  });

  test('drops the site chrome and controls, keeps the text dark on light', async ({ page }) => {
    for (const selector of ['.site-header', '.toc', '.permalink', '.share-button', '.skip-link']) {
      expect(
        await page.locator(selector).evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().height > 0).length),
        selector,
      ).toBe(0);
    }
    // The reader's dark setting (emulated above) must not reach the paper: text, list labels and cells print black.
    const colors = await page.evaluate(() =>
      ['body', 'main li strong', 'tbody td'].map((selector) => getComputedStyle(document.querySelector(selector)!).color),
    );
    expect(colors).toEqual(['rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)']);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
  });

  test('prints the table whole and keeps headings with what follows', async ({ page }) => {
    const clipped = await page.locator('.table-scroll').evaluate((region) => region.scrollWidth > region.clientWidth);
    expect(clipped).toBe(false);
    expect(
      await page
        .locator('h2')
        .first()
        .evaluate((h) => getComputedStyle(h).breakAfter),
    ).toBe('avoid');
  });

  test('spells out outside link addresses and ends with the page’s address and date', async ({ page, baseURL }) => {
    const after = await page.evaluate(() => {
      const link = Object.assign(document.createElement('a'), { href: 'https://example.org/source', textContent: 'a source' });
      document.querySelector('main p')!.append(link);
      return getComputedStyle(link, '::after').content;
    });
    expect(after).toContain('https://example.org/source');
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText(baseURL!);
    await expect(footer.locator('time')).toBeVisible();
  });

  test('makes a PDF that carries every section heading and the table', async ({ page }) => {
    const pdf = await page.pdf({ format: 'A4' });
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    for (const section of titledSections) expect(flat).toContain(section.title);
    expect(flat).toContain(actorTable!.caption);
  });
});

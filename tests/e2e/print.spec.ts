import { expect, test, type Page } from '@playwright/test';
import { extractText } from 'unpdf';
import { actorTable, titledSections } from '../support/content';
import { waitForPrintStyles } from '../support/page';
import { wordsOf } from '../support/words';

const en = wordsOf('en');

/** Opens a page and waits for its print style sheet. */
async function openForPrint(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await waitForPrintStyles(page);
}

test.describe('printing the article', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await openForPrint(page);
  });

  test('drops the site chrome, controls and download links, keeps the text dark on light', async ({ page }) => {
    for (const selector of ['.site-header', '.toc', '.permalink', '.copy-button', '.skip-link', '.table-downloads']) {
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

  test('spells out outside link addresses and ends with the page’s address and date', async ({ page, baseURL }) => {
    const after = await page.evaluate(() => {
      const link = Object.assign(document.createElement('a'), { href: 'https://example.org/source', textContent: 'a source' });
      document.querySelector('main p')!.append(link);
      return getComputedStyle(link, '::after').content;
    });
    expect(after).toContain('https://example.org/source');
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText(`${en.thisPage} ${baseURL}`);
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

/** The printable area of an A4 sheet in CSS pixels, after the margins the print style sheet's @page rule sets. */
async function a4PageBox(page: Page): Promise<{ width: number; height: number }> {
  const margins = await page.evaluate(() => {
    const rule = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .find((r): r is CSSPageRule => r instanceof CSSPageRule && r.selectorText === '');
    return ['marginTop', 'marginRight', 'marginBottom', 'marginLeft'].map((side) => rule?.style[side as 'marginTop'] || '0mm');
  });
  const mm = margins.map((margin) => {
    const [, value, unit] = /^([\d.]+)(mm|cm|in|pt|px)?$/.exec(margin) ?? [];
    if (value === undefined) throw new Error(`cannot read the @page margin ${margin}`);
    return Number(value) * { mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72, px: 25.4 / 96 }[unit ?? 'px']!;
  });
  const px = (millimetres: number) => Math.floor((millimetres * 96) / 25.4);
  return { width: px(210 - mm[1]! - mm[3]!), height: px(297 - mm[0]! - mm[2]!) };
}

test.describe('printing on A4', () => {
  // The screen's table may be wider than a sheet (it scrolls in its own region on a phone); on paper it must fit.
  for (const screenWidth of ['as built', 'wider than the sheet on screen']) {
    test(`the table prints whole, ${screenWidth}: no cell clipped, nothing beyond the A4 page box`, async ({ page }) => {
      await page.emulateMedia({ media: 'print' });
      await openForPrint(page);
      if (screenWidth !== 'as built')
        await page.locator('.comparison-table').evaluate((table: HTMLElement) => (table.style.minWidth = '60rem'));
      await page.setViewportSize(await a4PageBox(page));
      const problems = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const found: string[] = [];
        if (document.documentElement.scrollWidth > width)
          found.push(`the page is ${document.documentElement.scrollWidth} px wide, the page box ${width} px`);
        const name = (el: Element) => `<${el.tagName.toLowerCase()}> ${el.textContent!.trim().slice(0, 40)}`;
        for (const el of document.querySelectorAll('main *')) {
          const box = el.getBoundingClientRect();
          if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
          if (box.right > width + 0.5 || box.left < -0.5)
            found.push(`${name(el)} reaches ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
        }
        for (const cell of document.querySelectorAll('main :is(th, td)')) {
          const box = cell.getBoundingClientRect();
          if (cell.scrollWidth > cell.clientWidth + 1) found.push(`${name(cell)} overflows its cell`);
          for (let up = cell.parentElement; up; up = up.parentElement) {
            if (getComputedStyle(up).overflowX === 'visible') continue;
            const clip = up.getBoundingClientRect();
            if (box.right > clip.right + 0.5 || box.left < clip.left - 0.5)
              found.push(`${name(cell)} is clipped by ${up.tagName.toLowerCase()}.${up.className}`);
          }
        }
        return found;
      });
      expect(problems).toEqual([]);
    });
  }

  /**
   * Lays out the article for A4 with only `keep`'s section shown, and a spacer above it that puts
   * `keep`'s bottom just above the end of the first sheet; then prints a PDF and returns each
   * sheet's text. Without a rule against it, what follows `keep` starts the second sheet.
   */
  async function printWithBreakAfter(page: Page, keep: string): Promise<string[]> {
    await page.emulateMedia({ media: 'print' });
    await openForPrint(page);
    const box = await a4PageBox(page);
    await page.setViewportSize(box);
    await page
      .locator(keep)
      .first()
      .evaluate((target, sheetHeight) => {
        const section = target.closest('.article-section')!;
        for (const el of document.querySelectorAll('main article > *, .site-footer'))
          if (el !== section) (el as HTMLElement).style.display = 'none';
        const spacer = document.createElement('div');
        section.before(spacer);
        spacer.style.height = '0px';
        const targetBottom = target.getBoundingClientRect().bottom + window.scrollY;
        spacer.style.height = `${Math.max(0, sheetHeight - 4 - targetBottom)}px`;
      }, box.height);
    const { text } = await extractText(new Uint8Array(await page.pdf({ format: 'A4' })), { mergePages: false });
    return text.map((sheet) => sheet.replace(/\s+/g, ' '));
  }

  test('a section heading at the foot of a sheet moves over with its first paragraph', async ({ page }) => {
    const section = titledSections[2]!;
    const sheets = await printWithBreakAfter(page, `h2#${section.id}`);
    const firstWords = (await page
      .locator(`h2#${section.id}`)
      .locator('xpath=ancestor::section[1]')
      .locator('.prose p')
      .first()
      .textContent())!
      .replace(/\s+/g, ' ')
      .slice(0, 40);
    const headingSheet = sheets.findIndex((sheet) => sheet.includes(section.title));
    expect(headingSheet, 'the heading is printed').not.toBe(-1);
    expect(sheets[headingSheet], 'the heading’s sheet also starts its text').toContain(firstWords);
  });
});

test.describe('printing with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the <noscript> link gives the print style sheet: no site chrome on paper', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('./');
    await waitForPrintStyles(page);
    expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).display)).toBe('none');
  });
});

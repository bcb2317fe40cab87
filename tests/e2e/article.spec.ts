import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { actors, actorTable, article, sections, titledSections } from '../support/content';
import { articleBlocks, blocksText, editorFixes, expectedBlocks, fidelityProblems, normalise } from '../support/fidelity';

const reference = readFileSync(new URL('../fixtures/article.txt', import.meta.url), 'utf8');
const expected = expectedBlocks(
  reference,
  actorTable!.columns.findIndex((c) => c.rowHeader),
);

test.describe('the article page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./');
  });

  test('shows the article block by block: every paragraph, list item, heading and table cell, exactly and in order', async ({ page }) => {
    expect(expected.length).toBeGreaterThan(40);
    expect(fidelityProblems(expected, await page.evaluate(articleBlocks))).toEqual([]);
  });

  test('carries each of the editor’s fixes, and never what it replaced', async ({ page }) => {
    const text = blocksText(await page.evaluate(articleBlocks));
    for (const [before, after] of editorFixes) {
      expect(text, `fixed: ${after}`).toContain(after.split('\n').map(normalise).join('\n'));
      expect(text, `left as it was: ${before}`).not.toContain(normalise(before));
    }
  });

  test('has one h1, the landmarks, a skip link and a described title', async ({ page }) => {
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(article.title);
    await expect(page).toHaveTitle(new RegExp(article.title));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', article.description);
    for (const landmark of ['banner', 'main', 'contentinfo'] as const) await expect(page.getByRole(landmark)).toHaveCount(1);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the article' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
  });

  test('shows the sections in order, each an h2 carrying its id', async ({ page }) => {
    const headings = page.locator('main .article-section h2');
    await expect(headings).toHaveText(titledSections.map((s) => s.title));
    expect(await headings.evaluateAll((hs) => hs.map((h) => h.id))).toEqual(titledSections.map((s) => s.id));
    // The lede comes first, before any heading.
    const ledeFirst = await page.locator(`#${sections[0]!.id}`).evaluate((lede) => {
      const first = document.querySelector('main .article-section h2')!;
      return Boolean(lede.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(ledeFirst).toBe(true);
  });

  test('keeps the list labels visibly distinct from their explanations', async ({ page }) => {
    const label = page.locator('main li strong').first();
    await expect(label).toHaveText(/:$/);
    const [labelWeight, textWeight] = await label.evaluate((strong) => [
      getComputedStyle(strong).fontWeight,
      getComputedStyle(strong.parentElement!).fontWeight,
    ]);
    expect(Number(labelWeight)).toBeGreaterThan(Number(textWeight));
  });

  test('places the table after the sentence that announces it, with caption and headers', async ({ page }) => {
    const table = page.getByRole('table', { name: actorTable!.caption });
    await expect(table).toBeVisible();
    // The diagram (added, data-supplement) may stand between the sentence and the table.
    const intro = await table.evaluate((t) => {
      let before = t.closest('[role="region"]')!.previousElementSibling;
      while (before?.hasAttribute('data-supplement')) before = before.previousElementSibling;
      return before?.textContent;
    });
    expect(intro).toMatch(/the table below summarizes/);
    await expect(table.locator('thead th[scope="col"]')).toHaveText(
      actorTable!.columns.map((c) => c.label),
      { ignoreCase: true },
    );
    const rowHeaders = table.locator('tbody th[scope="row"]');
    await expect(rowHeaders).toHaveCount(3);
    await expect(rowHeaders).toHaveText(actors.map((a) => String(a.country)));
    expect(await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual(
      actors.map((a) => actorTable!.rowIdPrefix + a.id),
    );
  });
});

test.describe('linking to a section', () => {
  for (const section of titledSections) {
    test(`/#${section.id} brings its heading into view`, async ({ page }) => {
      await page.goto(`./#${section.id}`);
      await expect(page.locator(`h2#${section.id}`)).toBeInViewport();
    });
  }
});

test.describe('narrow and wide screens', () => {
  // 640 px is a 1280 px window at 200% zoom.
  for (const width of [320, 360, 640, 1280]) {
    test(`at ${width} px the page does not scroll sideways and the table is readable`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const cutOff = await page
        .locator('main :is(h1, h2, p, li, caption)')
        .evaluateAll((els) =>
          els
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
            .map((el) => el.textContent!.slice(0, 40)),
        );
      expect(cutOff).toEqual([]);
      // The site's name whole beside the theme control (shown once scripts run), inside the header.
      await expect(page.getByRole('combobox')).toBeVisible();
      // Cut as a reader sees it: a line clamped away (its middle below the box) or running past its
      // sides. Not scrollHeight > clientHeight, which a face taller than the line height (Noto Sans)
      // trips by a pixel with nothing hidden.
      const name = await page.locator('.site-name').evaluate((a) => {
        const box = a.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(a);
        const lines = [...range.getClientRects()];
        return {
          cut: lines.some((line) => (line.top + line.bottom) / 2 > box.bottom || line.left < box.left - 1 || line.right > box.right + 1),
          inside: box.bottom <= a.closest('header')!.getBoundingClientRect().bottom,
        };
      });
      expect(name).toEqual({ cut: false, inside: true });
      const region = page.getByRole('region', { name: actorTable!.caption });
      await expect(region).toHaveAttribute('tabindex', '0');
      const box = await region.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    });
  }
});

test('at 1280 px, beside the contents sidebar, the footer’s words sit under the text column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const middle = (box: { x: number; width: number }) => box.x + box.width / 2;
  const column = middle((await page.locator('.article-header').boundingBox())!);
  const footerWords = await page.locator('.site-footer p').evaluateAll((ps) =>
    ps.map((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      const box = range.getBoundingClientRect();
      return box.x + box.width / 2;
    }),
  );
  expect(footerWords.length).toBeGreaterThan(0);
  for (const words of footerWords) expect(Math.abs(words - column)).toBeLessThanOrEqual(2);
});

test('at 1280 px body lines hold 60 to 75 characters on average', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  // Characters on each full line (every line of a paragraph but its last), found from where each character is drawn.
  const lineLengths = await page.locator('.article-section .prose > p').evaluateAll((ps) =>
    ps.flatMap((p) => {
      const perLine = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          perLine.set(top, (perLine.get(top) ?? 0) + 1);
        }
      }
      return [...perLine.values()].slice(0, -1);
    }),
  );
  expect(lineLengths.length).toBeGreaterThan(20);
  const mean = lineLengths.reduce((a, b) => a + b, 0) / lineLengths.length;
  expect(mean).toBeGreaterThanOrEqual(60);
  expect(mean).toBeLessThanOrEqual(75);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole article and the table can be read', async ({ page }) => {
    await page.goto('./');
    expect(fidelityProblems(expected, await page.evaluate(articleBlocks))).toEqual([]);
    await expect(page.locator('table tbody th[scope="row"]')).toHaveCount(actors.length);
  });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { editionPaths, titledSections } from '../support/content';
import { pixelsUnlike, waitForEnhancement } from '../support/page';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Every HTML page of the build. A share page is checked as its visible fallback, with its instant redirect held back. */
const pages: { name: string; open: (page: Page) => Promise<unknown> }[] = [
  ...editionPaths.map((edition) => ({ name: `the article ${edition || '(original)'}`, open: (page: Page) => page.goto(`./${edition}`) })),
  { name: 'the 404 page', open: (page) => page.goto('./no-such-page/') },
  // Each edition's share pages: the original's at s/<id>/, each translation's at <lang>/s/<id>/.
  ...editionPaths.flatMap((edition) =>
    titledSections.map((section) => ({
      name: `the share page ${edition}s/${section.id}/`,
      open: async (page: Page) => {
        await page.route(`**/${edition}s/${section.id}/`, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
        });
        await page.goto(`./${edition}s/${section.id}/`);
      },
    })),
  ),
];

for (const { name, open } of pages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      test(`axe: ${name}, ${colorScheme}, ${width} px`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 800 });
        await open(page);
        await expectNoViolations(page);
      });
    }
  }
}

test('axe: the article with a section landed on and a link just copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./#${titledSections[1]!.id}`);
  await page.locator('.copy-button').first().click();
  await expectNoViolations(page);
});

for (const width of [360, 1280]) {
  test(`keyboard at ${width} px: Tab meets skip link, contents, every permalink, copy control and the table, in order, each visibly focused`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./');
    // The copy controls are Tab stops once the module that works them has shown them.
    await waitForEnhancement(page);
    const stops: { label: string; outlined: boolean }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body || el.closest('footer')) return null;
        const style = getComputedStyle(el);
        const kind = el.tagName.toLowerCase();
        const text = el.textContent?.trim().replace(/^#/, '') ?? '';
        const label =
          el.getAttribute('aria-label') ?? (kind === 'summary' ? 'summary' : el.getAttribute('role') === 'region' ? 'table region' : text);
        return { label, outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!stop) break;
      stops.push(stop);
    }
    const labels = stops.map((s) => s.label);
    expect(labels[0]).toBe('Skip to the article');
    const expected = [
      ...(width >= 1280 ? titledSections.map((s) => s.title) : ['summary']),
      ...titledSections.flatMap((s, i) => [`Link to section: ${s.title}`, `Copy link: ${s.title}`, ...(i === 0 ? ['table region'] : [])]),
    ];
    const positions = expected.map((label) => labels.indexOf(label));
    expect(
      positions.filter((p) => p === -1),
      `missing from ${JSON.stringify(labels)}`,
    ).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(stops.filter((s) => !s.outlined).map((s) => s.label)).toEqual([]);
  });
}

/**
 * Forced colours (Windows High Contrast): the browser repaints backgrounds as Canvas, so anything
 * drawn only as a background (the prose's list bullets) is lost unless it asks for a system colour.
 */
test.describe('forced colours', () => {
  for (const width of [360, 1280]) {
    test(`axe: the article, forced colours, ${width} px`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./');
      await expectNoViolations(page);
    });
  }

  // The control case (no forced colours) shows the check sees a bullet where there is one.
  for (const forcedColors of ['none', 'active'] as const) {
    test(`every list bullet of the prose is drawn, forced colours ${forcedColors}`, async ({ page }) => {
      await page.emulateMedia({ forcedColors });
      await page.goto('./');
      const items = page.locator('.prose li');
      expect(await items.count()).toBeGreaterThan(3);
      const drawn: { item: string; pixels: number }[] = [];
      for (const item of await items.all()) {
        // The bullet stands in the item's first line, in its inline-start padding (the left, here).
        const [padding, line, background] = await item.evaluate((li) => {
          const style = getComputedStyle(li);
          return [parseFloat(style.paddingInlineStart), parseFloat(style.lineHeight), getComputedStyle(document.body).backgroundColor];
        });
        const marked = await pixelsUnlike(await item.screenshot(), background, 150, {
          left: 0,
          top: 0,
          width: Math.floor(padding),
          height: Math.floor(line),
        });
        drawn.push({ item: (await item.textContent())!.trim().slice(0, 40), pixels: marked.count });
      }
      // An 8 px dot covers some 50 pixels; none of them stand out if it is painted in the page's colour.
      expect(drawn.filter(({ pixels }) => pixels < 20)).toEqual([]);
    });
  }
});

/** The three theme choices, each under the opposite system setting too. */
const modes = [
  { choice: 'system', system: 'light' },
  { choice: 'system', system: 'dark' },
  { choice: 'light', system: 'dark' },
  { choice: 'dark', system: 'light' },
] as const;

for (const { choice, system } of modes) {
  for (const width of [360, 1280]) {
    test(`axe: theme ${choice} under a ${system} system, ${width} px`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: system });
      await page.setViewportSize({ width, height: 800 });
      if (choice !== 'system') await page.addInitScript((value) => localStorage.setItem('theme', value), choice);
      await page.goto('./');
      await expect(page.getByLabel('Theme')).toHaveValue(choice);
      await expectNoViolations(page);
    });
  }
}

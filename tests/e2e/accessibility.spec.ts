import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { titledSections } from '../support/content';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Every HTML page of the build. A share page is checked as its visible fallback, with its instant redirect held back. */
const pages: { name: string; open: (page: Page) => Promise<unknown> }[] = [
  { name: 'the article', open: (page) => page.goto('./') },
  { name: 'the 404 page', open: (page) => page.goto('./no-such-page/') },
  ...titledSections.map((section) => ({
    name: `the share page of ${section.id}`,
    open: async (page: Page) => {
      await page.route(`**/s/${section.id}/`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
      });
      await page.goto(`./s/${section.id}/`);
    },
  })),
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
  await page.locator('.share-button').first().click();
  await expectNoViolations(page);
});

for (const width of [360, 1280]) {
  test(`keyboard at ${width} px: Tab meets skip link, contents, every permalink, copy control and the table, in order, each visibly focused`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./');
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

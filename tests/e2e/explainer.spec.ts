/**
 * The explainer around the article: "At a glance" (the article's own words, each linking to its
 * section), the who-stands-where diagram drawn from the table's rows, and one id per element
 * (honest dates: tests/build/dates.test.ts). Expectations come from content/, never from the
 * built page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { diagramPaint } from '../../src/lib/diagram/paint';
import { actorTable, glance, sections, titledSections } from '../support/content';
import { diagramFitProblems } from '../support/diagram';
import { expectUncovered } from '../support/page';

const contentDir = join(import.meta.dirname, '../../content');
const headerField = actorTable.columns.find((c) => c.rowHeader)!.field;
const diagram = actorTable.diagram!;
/** Points in the article's order: by section, then by where the words stand in it. */
const orderedPoints = [...glance].sort(
  (a, b) => sections.findIndex((s) => s.id === a.section) - sections.findIndex((s) => s.id === b.section),
);

test.describe('At a glance', () => {
  test('comes after the headline and before the lede, with the points in the article’s order', async ({ page }) => {
    await page.goto('./');
    const region = page.getByRole('region', { name: 'At a glance' });
    await expect(region).toBeVisible();
    await expect(region.locator('li p')).toHaveText(orderedPoints.map((p) => p.text));
    const order = await region.evaluate((el) => {
      const h1 = document.querySelector('h1')!;
      const lede = document.querySelector('.lede')!;
      return [
        h1.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
        el.compareDocumentPosition(lede) & Node.DOCUMENT_POSITION_FOLLOWING,
      ];
    });
    expect(order.every(Boolean)).toBe(true);
  });

  for (const [index, point] of orderedPoints.entries()) {
    test(`point ${index + 1} links to its section and lands on it uncovered`, async ({ page }) => {
      const section = titledSections.find((s) => s.id === point.section)!;
      await page.goto('./');
      const link = page.getByRole('region', { name: 'At a glance' }).getByRole('listitem').nth(index).getByRole('link');
      await expect(link).toHaveAccessibleName(new RegExp(section.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      await link.click();
      await expect(page).toHaveURL(new RegExp(`#${section.id}$`));
      await expectUncovered(page.locator(`h2#${section.id}`));
    });
  }

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('the points and the diagram are there', async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('region', { name: 'At a glance' }).locator('li')).toHaveCount(glance.length);
      await expect(page.getByRole('img', { name: actorTable.caption })).toBeVisible();
    });
  });
});

test.describe('the who-stands-where diagram', () => {
  test('is an image named by the table’s caption, drawn from every row, with real text', async ({ page }) => {
    await page.goto('./');
    const svg = page.getByRole('img', { name: actorTable.caption });
    await expect(svg).toBeVisible();
    const text = (await svg.locator('text').allTextContents()).join(' ').replace(/\s+/g, ' ');
    for (const row of actorTable.rows) {
      expect(text).toContain(String(row[headerField]));
      // The centre carries its own cell as a note; every other row labels its link with its cell.
      for (const word of String(row[diagram.linkColumn]).split(/\s+/)) expect(text).toContain(word);
    }
    const description = await svg.locator('desc').textContent();
    for (const row of actorTable.rows) expect(description).toContain(String(row[diagram.linkColumn]));
  });

  // The layout measures words with fontkit and a safety factor (src/lib/diagram/relation-diagram.ts); this
  // checks what the browser actually draws with the page's own font stack, at a phone's width.
  test('keeps every word inside its box as the browser draws it, and no label on a node', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('./');
    const svg = page.getByRole('img', { name: actorTable.caption });
    await svg.scrollIntoViewIfNeeded();
    expect(await svg.evaluate(diagramFitProblems)).toEqual([]);
  });

  test('says the table gives the same information and links to it', async ({ page }) => {
    await page.goto('./');
    const note = page.locator('.relation-diagram-caption');
    await expect(note.getByRole('link')).toHaveAttribute('href', `#${actorTable.id}`);
    await note.getByRole('link').click();
    await expectUncovered(page.getByRole('table', { name: actorTable.caption }).locator('caption'));
  });

  for (const width of [320, 360, 1280]) {
    test(`at ${width} px no text in it is under 12 px and it fits the column`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./');
      const sizes = await page.locator('svg.relation-diagram text').evaluateAll((texts) =>
        texts.map((t) => {
          const ctm = (t as SVGTextElement).getScreenCTM()!;
          return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
        }),
      );
      expect(sizes.length).toBeGreaterThan(actorTable.rows.length);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      const box = (await page.locator('svg.relation-diagram').boundingBox())!;
      const column = (await page.locator('.article-section .prose').first().boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(column.x - 0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width + 0.5);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  }

  test('is on the share image of the section that places it, and its text alternative says so', async ({ request }) => {
    const source = readdirSync(join(contentDir, 'sections'))
      .map((name) => readFileSync(join(contentDir, 'sections', name), 'utf8'))
      .find((text) => text.includes(`<Diagram table="${actorTable.id}"`));
    const section = sections.find((s) => source?.match(/^id:\s*(\S+)/m)?.[1] === s.id);
    expect(section, 'a section places the diagram').toBeDefined();
    const html = await (await request.get(`./s/${section!.id}/`)).text();
    const alt = /<meta property="og:image:alt" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(alt).toContain('diagram');
    for (const row of actorTable.rows) expect(alt).toContain(String(row[headerField]));
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`is painted as its share images draw it (src/lib/diagram/paint.ts): ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('./');
      const [painted, expected] = await page.locator('svg.relation-diagram').evaluate((svg, paint) => {
        const style = (selector: string) => getComputedStyle(svg.querySelector(selector)!);
        /** A token's colour as this page computes it, on a probe of the diagram's own. */
        const token = (name: string) => {
          const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
          svg.append(probe);
          probe.style.fill = `var(--color-${name})`;
          const colour = getComputedStyle(probe).fill;
          probe.remove();
          return colour;
        };
        const words = Object.keys(paint.words);
        return [
          {
            node: [
              style('.rd-node:not(.rd-node-centre)').fill,
              style('.rd-node:not(.rd-node-centre)').stroke,
              style('.rd-node:not(.rd-node-centre)').strokeWidth,
            ],
            centre: [style('.rd-node-centre').fill, style('.rd-node-centre').stroke, style('.rd-node-centre').strokeWidth],
            link: [style('.rd-link-line').stroke, style('.rd-link-line').strokeWidth],
            arrow: style('.rd-arrow').fill,
            words: words.map((className) => style(`.${className}`).fill),
          },
          {
            node: [token(paint.node.fill), token(paint.node.stroke), `${paint.node.lineWidth}px`],
            centre: [token(paint.centre.fill), token(paint.centre.stroke), `${paint.centre.lineWidth}px`],
            link: [token(paint.link.stroke), `${paint.link.lineWidth}px`],
            arrow: token(paint.arrow),
            words: words.map((className) => token(paint.words[className as keyof typeof paint.words])),
          },
        ];
      }, diagramPaint);
      expect(painted).toEqual(expected);
      expect(new Set(Object.values(expected).flat()).size, 'the parts are told apart').toBeGreaterThan(3);
    });
  }

  test('stays visible under forced colours', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('./');
    const colours = await page.locator('svg.relation-diagram').evaluate((svg) => {
      const fill = (selector: string) => getComputedStyle(svg.querySelector(selector)!).fill;
      return {
        name: fill('.rd-name'),
        node: fill('.rd-node'),
        line: getComputedStyle(svg.querySelector('.rd-link-line')!).stroke,
        page: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(colours.name).not.toBe(colours.node);
    expect(colours.line).not.toBe(colours.page);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const forcedColors of ['none', 'active'] as const) {
      for (const width of [360, 1280]) {
        test(`axe around the explainer parts: ${colorScheme}, forced colours ${forcedColors}, ${width} px`, async ({ page }) => {
          await page.emulateMedia({ colorScheme, forcedColors });
          await page.setViewportSize({ width, height: 800 });
          await page.goto('./');
          const { violations } = await new AxeBuilder({ page })
            .include('#at-a-glance')
            .include('.diagram')
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
            .analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      }
    }
  }
});

// The dates, with and without a publication day in content: tests/build/dates.test.ts.
test.describe('ids', () => {
  test('every id on the page is there once, and every id content names is there', async ({ page }) => {
    await page.goto('./');
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const named = [
      ...sections.flatMap((s) => [s.id, ...(s.aliases ?? [])]),
      actorTable.id,
      ...actorTable.rows.map((r) => actorTable.rowIdPrefix + r.id),
    ];
    expect(named.filter((id) => !ids.includes(id))).toEqual([]);
  });
});

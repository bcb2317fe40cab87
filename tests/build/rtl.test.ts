/**
 * Ready for right-to-left: a small Arabic-script fixture (tests/fixtures/rtl, test data only)
 * builds as an original in Arabic (one edition) with its own interface words, and reads right
 * to left in Chromium: dir="rtl", permalinks in the right margin, list bullets on the right, the
 * contents' chevron turned to point down, table cells aligned to the start (right), the diagram's
 * Arabic words inside their boxes (and the diagram in its section's share image), no sideways
 * scroll at 320 px, and axe finds nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { diagramFitProblems } from '../support/diagram';
import { astro, astroBin, astroEnv, projectCopy, root } from '../support/project-copy';

const PORT = 4432;
const url = `http://127.0.0.1:${PORT}/`;
let server: ChildProcess;
let browser: Browser;

async function open(width: number): Promise<Page> {
  // A page of its own context: axe's builder needs one.
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

describe('a right-to-left edition', () => {
  beforeAll(async () => {
    const dir = await projectCopy('rtl', join(root, 'tests/fixtures/rtl'), { ownContent: true });
    const build = await astro(dir, ['build']);
    expect(build.code, build.output).toBe(0);
    server = spawn(process.execPath, [astroBin, 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { cwd: dir, env: astroEnv() });
    let up = false;
    for (let i = 0; i < 100 && !up; i++) {
      up = await fetch(url).then(
        (r) => r.ok,
        () => false,
      );
      if (!up) await new Promise((r) => setTimeout(r, 100));
    }
    expect(up, `astro preview answers at ${url}`).toBe(true);
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('speaks in its own interface words, from its interface.yaml', async () => {
    const words = parse(await readFile(join(root, 'tests/fixtures/rtl/content/interface.yaml'), 'utf8')) as { contents: string };
    const page = await open(1280);
    expect(await page.locator('.toc-title').textContent()).toContain(words.contents);
    await page.context().close();
  });

  it('sets lang and dir from the language', async () => {
    const page = await open(1280);
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.context().close();
  });

  it('hangs the permalink in the right margin and puts list bullets on the right', async () => {
    const page = await open(1280);
    const heading = page.locator('.section-heading').first();
    const permalink = heading.locator('.permalink');
    await heading.hover();
    const [headingBox, linkBox] = [await heading.boundingBox(), await permalink.boundingBox()];
    expect(linkBox!.x).toBeGreaterThanOrEqual(headingBox!.x + headingBox!.width - 1);
    const bullet = await page
      .locator('.prose li')
      .first()
      .evaluate((li) => {
        const before = getComputedStyle(li, '::before');
        const box = li.getBoundingClientRect();
        return {
          right: parseFloat(before.right),
          left: parseFloat(before.left),
          width: box.width,
          paddingRight: parseFloat(getComputedStyle(li).paddingRight),
        };
      });
    // The bullet sits in the item's right padding, at its right edge.
    expect(bullet.right).toBeLessThan(bullet.paddingRight);
    expect(bullet.left).toBeGreaterThan(bullet.width - bullet.paddingRight);
    await page.context().close();
  });

  it('points the contents chevron down, and up when open, right to left as left to right', async () => {
    const page = await open(360);
    // No transition: the computed turn is the final one at once.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const pointing = await page.locator('.article-contents details').evaluate((details: HTMLDetailsElement) => {
      /** Where the chevron's corner, between its two borders, points once turned. */
      const corner = () => {
        const after = getComputedStyle(details.querySelector('summary')!, '::after');
        const has = (side: string) => parseFloat(after.getPropertyValue(`border-${side}-width`)) > 0;
        const [x, y] = [Number(has('right')) - Number(has('left')), Number(has('bottom')) - Number(has('top'))];
        const turn = (parseFloat(after.rotate) || 0) * (Math.PI / 180);
        const [dx, dy] = [x * Math.cos(turn) - y * Math.sin(turn), x * Math.sin(turn) + y * Math.cos(turn)];
        return Math.abs(dx) < 0.01 && dy > 1 ? 'down' : Math.abs(dx) < 0.01 && dy < -1 ? 'up' : `${dx.toFixed(2)},${dy.toFixed(2)}`;
      };
      const seen: string[] = [];
      for (const dir of ['rtl', 'ltr']) {
        document.documentElement.dir = dir;
        for (const open of [false, true]) {
          details.open = open;
          seen.push(`${dir} ${open ? 'open' : 'closed'}: ${corner()}`);
        }
      }
      return seen;
    });
    expect(pointing).toEqual(['rtl closed: down', 'rtl open: up', 'ltr closed: down', 'ltr open: up']);
    await page.context().close();
  });

  it('aligns table cells to the start, the right', async () => {
    const page = await open(1280);
    const offsets = await page.locator('table tbody :is(th, td)').evaluateAll((cells) =>
      cells.map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const text = range.getBoundingClientRect();
        const box = cell.getBoundingClientRect();
        return { fromRight: box.right - parseFloat(getComputedStyle(cell).paddingRight) - text.right, fromLeft: text.left - box.left };
      }),
    );
    expect(offsets.length).toBeGreaterThan(0);
    for (const { fromRight, fromLeft } of offsets) {
      expect(fromRight).toBeLessThan(1);
      expect(fromLeft).toBeGreaterThan(fromRight);
    }
    await page.context().close();
  });

  it('draws the diagram with every Arabic word inside its box, at 320 and 1280 px', async () => {
    for (const width of [320, 1280]) {
      const page = await open(width);
      const svg = page.locator('svg.relation-diagram');
      await svg.scrollIntoViewIfNeeded();
      expect(await svg.evaluate(diagramFitProblems), `${width} px`).toEqual([]);
      await page.context().close();
    }
  });

  it('draws the Arabic diagram in its section’s share image, and says it in the image’s alt text', async () => {
    // The image draws the diagram's words as canvas text, right to left and joined
    // (tests/unit/preview-image.test.ts checks them letter by letter).
    const { rows } = parse(await readFile(join(root, 'tests/fixtures/rtl/content/tables/sample.yaml'), 'utf8')) as {
      rows: { note: string }[];
    };
    const share = await (await fetch(`${url}s/first/`)).text();
    const alt = /<meta property="og:image:alt" content="([^"]*)"/.exec(share)?.[1];
    expect(alt).toBeTruthy();
    for (const row of rows) expect(alt).toContain(row.note);
    const image = /<meta property="og:image" content="([^"]*)"/.exec(share)![1]!;
    const { data, info } = await sharp(Buffer.from(await (await fetch(new URL(new URL(image).pathname, url))).arrayBuffer()))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    // Where the diagram stands (the left, in a right-to-left image): its boxes, links and words.
    const paper = data.subarray(0, 3).join();
    let marks = 0;
    for (let y = 56; y < 480; y += 2)
      for (let x = 72; x < 280; x += 2) {
        const i = (y * info.width + x) * 3;
        if (data.subarray(i, i + 3).join() !== paper) marks++;
      }
    expect(marks).toBeGreaterThan(1000);
  });

  it('does not scroll sideways at 320 px', async () => {
    const page = await open(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it.each([360, 1280])('has no axe violations at %i px', async (width) => {
    const page = await open(width);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });
});

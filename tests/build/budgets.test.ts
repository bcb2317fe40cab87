/**
 * Byte budgets for the article page. The physical limit is one round trip: about 14 KB arrive in
 * TCP's first flight, so HTML and its CSS together must fit, gzipped: the CSS is inline, and the
 * page fetches no stylesheet and no font (it sets its text in the reader's system fonts).
 * Figures print on every run; the README quotes them.
 */
import { parseHTML } from 'linkedom';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENHANCE_LOADER } from '../../src/lib/security/enhance-loader';
import { THEME_SCRIPT } from '../../src/lib/theme/theme';
import { editionPaths } from '../support/content';
import { PREVIEW_MAX_BYTES } from '../../src/lib/share/preview-size';
import { distFiles, gzipSize, readDist, requireBuild } from '../support/dist';

const BUDGET = { htmlAndCss: 14_000, javascript: 3_000 };

describe('byte budgets of the article page (gzip)', () => {
  beforeAll(() => requireBuild());
  const figures: Record<string, number> = {};

  // Each edition's article, as hosts send it: the build's own gzip (index.html.gz, Zopfli) where it
  // ships one (nginx sends it as it is), and gzip level 6 (what hosts compress with) besides.
  it.each(editionPaths)(`HTML with its CSS, all inline, stays within ${BUDGET.htmlAndCss} bytes: %sindex.html`, (edition) => {
    const html = readDist(`${edition}index.html`);
    const shipped = readDist(`${edition}index.html.gz`);
    expect(gunzipSync(shipped).equals(html), 'the .gz file is the page').toBe(true);
    const { document } = parseHTML(html.toString());
    const name = edition ? `(${edition})` : '(original)';
    figures[`HTML + CSS ${name}, as shipped (Zopfli)`] = shipped.length;
    figures[`HTML + CSS ${name}, gzip level 6`] = gzipSize(html);
    figures[`inline CSS ${name}`] = [...document.querySelectorAll('style')].reduce((sum, s) => sum + gzipSize(s.textContent ?? ''), 0);
    expect(shipped.length).toBeLessThanOrEqual(BUDGET.htmlAndCss);
  });

  it('every preview image of every edition, the article’s and each section’s, weighs at most 25 KiB', () => {
    const images = distFiles('root').filter((file) => /(^|\/)(preview|og\/[^/]+)\.png$/.test(file));
    expect(images.filter((file) => file.startsWith('fa/')).length).toBeGreaterThan(1);
    const heavy = images.map((file) => [file, readDist(file).length] as const).filter(([, bytes]) => bytes > PREVIEW_MAX_BYTES);
    expect(heavy).toEqual([]);
  });

  it(`all JavaScript stays within ${BUDGET.javascript} bytes, and no script file is fetched before the first paint`, () => {
    const { document } = parseHTML(readDist('index.html').toString());
    const scripts = [...document.querySelectorAll('script:not([type="application/ld+json"]):not([type="application/json"])')];
    // Two small inline scripts and no script file in the markup: the theme script (it must run
    // before the first paint) and the loader that fetches the enhancement module after it.
    expect(
      scripts.map((s) => [s.textContent, s.getAttribute('src')]),
      'scripts in the markup',
    ).toEqual([
      [THEME_SCRIPT, null],
      [ENHANCE_LOADER, null],
    ]);
    figures['theme script (inline, first in <body>)'] = gzipSize(THEME_SCRIPT);
    figures['module loader (inline)'] = gzipSize(ENHANCE_LOADER);
    const module = scripts[1]!.getAttribute('data-src')!;
    figures['enhancement module (after the first paint)'] = gzipSize(readDist(module.replace(/^\//, '')));
    figures.JavaScript =
      scripts.reduce((sum, s) => sum + gzipSize(s.textContent ?? ''), 0) + figures['enhancement module (after the first paint)'];
    expect(figures.JavaScript).toBeLessThanOrEqual(BUDGET.javascript);
  });

  it('fetches no stylesheet and no font before the first paint: the CSS is all inline and loads nothing itself', () => {
    const { document } = parseHTML(readDist('index.html').toString());
    // A stylesheet or a font would be a second round trip before the first paint. The one link to
    // a style sheet is the print styles' for readers without scripts: inside <noscript>, for print.
    const fetched = [...document.querySelectorAll('link')]
      .filter((link) => /\b(stylesheet|preload|modulepreload)\b/.test(link.getAttribute('rel') ?? ''))
      .filter((link) => !(link.closest('noscript') && link.getAttribute('media') === 'print'))
      .map((link) => link.outerHTML);
    expect(fetched, 'stylesheet and preload links').toEqual([]);
    expect(document.querySelectorAll('noscript link[rel="stylesheet"][media="print"]')).toHaveLength(1);
    const css = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
    expect(css.length).toBeGreaterThan(1_000);
    // No @import, no @font-face, no url() of any kind (a font, an image): the CSS asks for no file.
    expect(css.match(/@import|@font-face|url\(/gi) ?? [], 'CSS that fetches a file').toEqual([]);
    console.log(
      `Article page, gzip level 6:\n${Object.entries(figures)
        .map(([k, v]) => `  ${k}: ${v.toLocaleString('en')} bytes`)
        .join('\n')}`,
    );
  });
});

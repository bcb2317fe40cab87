/**
 * Byte budgets for the article page. The physical limit is one round trip: about 14 KB arrive in
 * TCP's first flight, so HTML and its (inlined) CSS together must fit, gzipped.
 * Figures print on every run; the README quotes them.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '../../src/lib/theme';
import { distFiles, gzipSize, readDist, requireBuild } from '../support/dist';

const BUDGET = { htmlAndCss: 14_000, javascript: 3_000, fonts: 30_000 };

describe('byte budgets of the article page (gzip)', () => {
  beforeAll(() => requireBuild());
  const figures: Record<string, number> = {};

  it(`HTML with its CSS stays within ${BUDGET.htmlAndCss} bytes`, () => {
    const html = readDist('index.html');
    const { document } = parseHTML(html.toString());
    const stylesheets = [...document.querySelectorAll('link[rel="stylesheet"]:not([media="print"])')].map((link) =>
      link.getAttribute('href')!,
    );
    const css = stylesheets.reduce((sum, href) => sum + gzipSize(readDist(href.replace(/^\//, ''))), 0);
    figures['HTML + CSS'] = gzipSize(html) + css;
    figures['inline CSS (in the HTML)'] = [...document.querySelectorAll('style')].reduce(
      (sum, s) => sum + gzipSize(s.textContent ?? ''),
      0,
    );
    expect(figures['HTML + CSS']).toBeLessThanOrEqual(BUDGET.htmlAndCss);
  });

  it(`all JavaScript stays within ${BUDGET.javascript} bytes, none of it render-blocking but the theme script`, () => {
    const { document } = parseHTML(readDist('index.html').toString());
    const scripts = [...document.querySelectorAll('script:not([type="application/ld+json"]):not([type="application/json"])')];
    // The one classic script is the inline theme script: it must run before the first paint (and is counted below).
    const classic = scripts.filter((s) => s.getAttribute('type') !== 'module');
    expect(
      classic.map((s) => s.textContent),
      'classic scripts block parsing',
    ).toEqual([THEME_SCRIPT]);
    figures['theme script (inline, first in <body>)'] = gzipSize(THEME_SCRIPT);
    figures.JavaScript = scripts.reduce((sum, s) => {
      const src = s.getAttribute('src');
      return sum + gzipSize(src ? readDist(src.replace(/^\//, '')) : (s.textContent ?? ''));
    }, 0);
    expect(figures.JavaScript).toBeLessThanOrEqual(BUDGET.javascript);
  });

  it(`fonts, if any, stay within ${BUDGET.fonts} bytes`, () => {
    figures.fonts = distFiles()
      .filter((f) => /\.(woff2?|ttf|otf)$/.test(f))
      .reduce((sum, f) => sum + readDist(f).length, 0);
    expect(figures.fonts).toBeLessThanOrEqual(BUDGET.fonts);
    console.log(
      `Article page, gzip level 6:\n${Object.entries(figures)
        .map(([k, v]) => `  ${k}: ${v.toLocaleString('en')} bytes`)
        .join('\n')}`,
    );
  });
});

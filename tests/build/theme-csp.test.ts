/**
 * The two inline scripts, the theme script and the enhancement loader, are allowed by their
 * hashes, not by 'unsafe-inline': the sha256 of each script a built page actually carries must be
 * in that page's <meta> policy and in the header policy (_headers, nginx), and no policy may fall
 * back to 'unsafe-inline' for scripts.
 */
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy } from '../../src/lib/security-headers';
import { ENHANCE_LOADER, ENHANCE_LOADER_HASH } from '../../src/lib/enhance-loader';
import { THEME_SCRIPT, THEME_SCRIPT_HASH } from '../../src/lib/theme';
import { distFiles, readDist, requireBuild } from '../support/dist';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
const scriptSources = (policy: string) => /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1]?.split(/\s+/) ?? [];

describe('the theme script and the CSP', () => {
  beforeAll(() => requireBuild());

  it('each hash is the hash of its script', () => {
    expect(THEME_SCRIPT_HASH).toBe(sha256(THEME_SCRIPT));
    expect(ENHANCE_LOADER_HASH).toBe(sha256(ENHANCE_LOADER));
  });

  it('every HTML page carries the theme script first in <body> and the loader, and its meta policy allows exactly those texts', () => {
    const pages = distFiles().filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(2);
    for (const file of pages) {
      const { document } = parseHTML(readDist(file).toString());
      const inline = [...document.querySelectorAll('script:not([src]):not([type])')];
      expect(
        inline.map((script) => script.textContent),
        file,
      ).toEqual([THEME_SCRIPT, ENHANCE_LOADER]);
      const policy = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const sources = scriptSources(policy);
      for (const script of inline) expect(sources, file).toContain(`'${sha256(script.textContent ?? '')}'`);
      expect(sources, file).not.toContain("'unsafe-inline'");
      // First in the body, so nothing paints before the theme is set; a <meta> policy governs only what follows it.
      expect(document.body.firstElementChild, file).toBe(inline[0]);
      // The loader names a script file of the site, which the page does not request itself.
      expect(inline[1]!.getAttribute('data-src'), file).toMatch(/\/_astro\/[^/]+\.js$/);
      expect(document.querySelector('script[src]'), file).toBeNull();
    }
  });

  it('the header policy (_headers, nginx) allows the same hashes and no inline script otherwise', () => {
    const sources = scriptSources(headerPolicy);
    expect(sources).toEqual(["'self'", `'${sha256(THEME_SCRIPT)}'`, `'${sha256(ENHANCE_LOADER)}'`]);
    for (const script of [THEME_SCRIPT, ENHANCE_LOADER]) expect(readDist('_headers').toString()).toContain(`'${sha256(script)}'`);
  });
});

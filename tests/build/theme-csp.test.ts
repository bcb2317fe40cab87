/**
 * The two inline scripts, the theme script and the enhancement loader, are allowed by their
 * hashes, not by 'unsafe-inline': the hash of each script a built page actually carries, by the
 * site's own cspHash (src/lib/security/csp-meta.ts), must be in that page's <meta> policy and in the header
 * policy (_headers, nginx), and no policy may fall back to 'unsafe-inline' for scripts. cspHash
 * itself is checked against the CSP specification's own example.
 */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { cspHash } from '../../src/lib/security/csp-meta';
import { headerPolicy } from '../../src/lib/security/security-headers';
import { ENHANCE_LOADER } from '../../src/lib/security/enhance-loader';
import { THEME_SCRIPT } from '../../src/lib/theme/theme';
import { distFiles, readDist, requireBuild } from '../support/dist';

const scriptSources = (policy: string) => /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1]?.split(/\s+/) ?? [];
/** The inline scripts that run (not JSON data) of a built page, as the browser hashes them. */
const inlineScripts = (file: string) =>
  [...parseHTML(readDist(file).toString()).document.querySelectorAll('script:not([src]):not([type])')].map((s) => s.textContent ?? '');

describe('the theme script and the CSP', () => {
  beforeAll(() => requireBuild());

  it('cspHash gives the CSP specification’s own example hash', () => {
    // CSP Level 2 and 3: <script>alert('Hello, world.');</script> is allowed by this source.
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
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
      for (const script of inline) expect(sources, file).toContain(`'${cspHash(script.textContent ?? '')}'`);
      expect(sources, file).not.toContain("'unsafe-inline'");
      // First in the body, so nothing paints before the theme is set; a <meta> policy governs only what follows it.
      expect(document.body.firstElementChild, file).toBe(inline[0]);
      // The loader names a script file of the site, which the page does not request itself.
      expect(inline[1]!.getAttribute('data-src'), file).toMatch(/\/_astro\/[^/]+\.js$/);
      expect(document.querySelector('script[src]'), file).toBeNull();
    }
  });

  it('the header policy (_headers, nginx) allows the same hashes and no inline script otherwise', () => {
    const hashes = inlineScripts('index.html').map((script) => `'${cspHash(script)}'`);
    expect(hashes).toHaveLength(2);
    expect(scriptSources(headerPolicy)).toEqual(["'self'", ...hashes]);
    const headersFile = /^\s+Content-Security-Policy: (.+)$/m.exec(readDist('_headers').toString())?.[1] ?? '';
    expect(scriptSources(headersFile)).toEqual(["'self'", ...hashes]);
  });
});

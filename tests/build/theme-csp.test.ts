/**
 * The inline theme script is allowed by its hash, not by 'unsafe-inline': the sha256 of the
 * script each built page actually carries must be in that page's <meta> policy and in the header
 * policy (_headers, nginx), and no policy may fall back to 'unsafe-inline' for scripts.
 */
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy } from '../../src/lib/security-headers';
import { THEME_SCRIPT, THEME_SCRIPT_HASH } from '../../src/lib/theme';
import { distFiles, readDist, requireBuild } from '../support/dist';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
const scriptSources = (policy: string) => /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1]?.split(/\s+/) ?? [];

describe('the theme script and the CSP', () => {
  beforeAll(() => requireBuild());

  it('THEME_SCRIPT_HASH is the hash of THEME_SCRIPT', () => expect(THEME_SCRIPT_HASH).toBe(sha256(THEME_SCRIPT)));

  it('every HTML page carries the script first in <body>, after its meta policy, which allows exactly that text', () => {
    const pages = distFiles().filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(2);
    for (const file of pages) {
      const { document } = parseHTML(readDist(file).toString());
      const inline = [...document.querySelectorAll('script:not([src]):not([type])')];
      expect(inline, file).toHaveLength(1);
      const onPage = inline[0]!.textContent ?? '';
      const policy = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const sources = scriptSources(policy);
      expect(sources, file).toContain(`'${sha256(onPage)}'`);
      expect(sources, file).not.toContain("'unsafe-inline'");
      // First in the body, so nothing paints before the theme is set; a <meta> policy governs only what follows it.
      expect(document.body.firstElementChild, file).toBe(inline[0]);
    }
  });

  it('the header policy (_headers, nginx) allows the same hash and no inline script otherwise', () => {
    const sources = scriptSources(headerPolicy);
    expect(sources).toEqual(["'self'", `'${sha256(THEME_SCRIPT)}'`]);
    expect(readDist('_headers').toString()).toContain(`'${sha256(THEME_SCRIPT)}'`);
  });
});

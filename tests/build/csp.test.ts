/**
 * GitHub Pages sends no headers: each page's own <meta> Content-Security-Policy is all the
 * protection it has. On every page of both test builds the policy must be there, ahead of
 * anything it governs, allow each inline style and script by its hash, and never allow inline
 * code wholesale. Chromium enforcing it is tested in tests/e2e/csp.spec.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ENHANCE_LOADER_HASH } from '../../src/lib/security/enhance-loader';
import { THEME_SCRIPT_HASH } from '../../src/lib/security/csp-meta';
import { builds, distFiles, readDist, type BuildName } from '../support/dist';

type Policy = Map<string, string[]>;
const parsePolicy = (policy: string): Policy =>
  new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The header policy the same build writes to _headers for Netlify and Cloudflare Pages. */
function headerPolicy(name: BuildName): Policy {
  const line = /^\s+Content-Security-Policy: (.+)$/m.exec(readDist('_headers', name).toString());
  if (!line) throw new Error(`no Content-Security-Policy in the ${name} build's _headers`);
  return parsePolicy(line[1]!);
}

describe.each(Object.keys(builds) as BuildName[])('the Content-Security-Policy <meta> of every page of the %s build', (name) => {
  const pages = distFiles(name).filter((f) => f.endsWith('.html'));

  it('covers the article, the 404 page and the share pages', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', expect.stringMatching(/^s\/.+\/index\.html$/)]));
  });

  it.each(pages)('%s', (file) => {
    const { document } = parseHTML(readDist(file, name).toString());
    const metas = [...document.querySelectorAll('meta[http-equiv]')].filter(
      (m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy',
    );
    expect(metas, 'exactly one CSP <meta>').toHaveLength(1);
    const meta = metas[0]!;
    expect(meta.parentElement!.tagName).toBe('HEAD');

    // A <meta> policy governs only what comes after it: no code may stand before it.
    const isCode = (script: Element) =>
      ['', 'module', 'text/javascript', 'application/javascript'].includes((script.getAttribute('type') ?? '').toLowerCase());
    const governed = [...document.querySelectorAll('style'), ...[...document.querySelectorAll('script')].filter(isCode)];
    const order = [...document.querySelectorAll('*')];
    const before = governed.filter((el) => order.indexOf(el) < order.indexOf(meta));
    expect(
      before.map((el) => el.outerHTML.slice(0, 80)),
      'styles and scripts ahead of the policy',
    ).toEqual([]);

    const policy = parsePolicy(meta.getAttribute('content')!);
    const scriptSrc = policy.get('script-src') ?? policy.get('default-src')!;
    const styleSrc = policy.get('style-src') ?? policy.get('default-src')!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(styleSrc).not.toContain("'unsafe-inline'");

    // Every inline script that runs (JSON-LD is data, which a policy does not govern) and every
    // inline style is allowed by its own hash, or the browser would refuse it.
    const inlineScripts = [...document.querySelectorAll('script:not([src])')].filter(isCode);
    for (const script of inlineScripts)
      expect(scriptSrc, `inline script ${script.textContent!.slice(0, 60)}`).toContain(sha256(script.textContent!));
    const styles = [...document.querySelectorAll('style')];
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(styleSrc, `inline style ${style.textContent!.slice(0, 60)}`).toContain(sha256(style.textContent!));
    // And nothing more: each hash the policy lists is the page's own inline code (src/lib/security/csp-meta.ts
    // drops those of Astro's that the page does not carry).
    const hashesIn = (sources: string[]) => sources.filter((source) => source.startsWith("'sha256-"));
    expect(hashesIn(scriptSrc).sort()).toEqual([...new Set(inlineScripts.map((s) => sha256(s.textContent!)))].sort());
    expect(hashesIn(styleSrc).sort()).toEqual([...new Set(styles.map((s) => sha256(s.textContent!)))].sort());
    // Hashes cannot allow style="" attributes or on… handlers: there must be none.
    const inlineAttributes = [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name === 'style' || a.name.startsWith('on')).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`),
    );
    expect(inlineAttributes).toEqual([]);

    // The rest of the policy is the header policy's, which hosts with headers send (frame-ancestors
    // works only as a header; script-src and style-src differ by the hashes).
    for (const [directive, values] of headerPolicy(name)) {
      if (['frame-ancestors', 'script-src', 'style-src'].includes(directive)) continue;
      expect(policy.get(directive), directive).toEqual(values);
    }
    expect(scriptSrc).toContain("'self'");
  });
});

describe.each(Object.keys(builds) as BuildName[])('the _headers file of the %s build (Netlify, Cloudflare Pages)', (name) => {
  const file = readDist('_headers', name).toString();
  const nginxRecipe = Object.fromEntries(
    [
      ...readFileSync(join(`${builds[name].dir}-nginx`, 'security-headers.conf'), 'utf8').matchAll(
        /^add_header (\S+) "([^"]*)" always;$/gm,
      ),
    ].map(([, header, value]) => [header, value]),
  );

  it('sends the nginx recipe’s security headers on every page under the base path', () => {
    const [scope, ...lines] = file.split(/\n(?=\S)/)[0]!.split('\n');
    expect(scope).toBe(`${builds[name].base}*`);
    expect(
      Object.fromEntries(
        lines.map((line) =>
          line
            .trim()
            .split(/: (.*)/s)
            .slice(0, 2),
        ),
      ),
    ).toEqual(nginxRecipe);
  });

  it('allows scripts only as files from the site and the two inline scripts by their hashes, and no framing', () => {
    const policy = headerPolicy(name);
    expect(policy.get('script-src')).toEqual(["'self'", `'${THEME_SCRIPT_HASH}'`, `'${ENHANCE_LOADER_HASH}'`]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });
});

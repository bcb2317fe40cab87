/**
 * The crawler behind the deploy tests (tests/support/crawl.ts) on small fixture sites
 * (tests/fixtures/sites/<name>/, robots.txt and sitemaps from _common/): each fault must be
 * reported, and a clean site must not be. The fixtures are served from memory, as a static host
 * would serve the folder: index.html for a folder, 404 for anything missing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { crawl } from '../support/crawl';

const sites = new URL('../fixtures/sites/', import.meta.url).pathname;
const entry = 'http://127.0.0.1:9/';
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/** Just enough of Playwright's request context for the crawler: GET without following redirects. */
function staticHost(site: string): APIRequestContext & { requested: string[] } {
  const requested: string[] = [];
  const get = async (url: string) => {
    requested.push(url);
    const { pathname, origin } = new URL(url);
    if (origin !== new URL(entry).origin) throw new Error(`the crawler fetched another host: ${url}`);
    const file = [join(sites, site, pathname), join(sites, '_common', pathname)]
      .map((path) => (existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path))
      .find((path) => existsSync(path) && statSync(path).isFile());
    const body = file ? readFileSync(file, 'utf8') : 'Not found';
    return {
      status: () => (file ? 200 : 404),
      headers: () => ({ 'content-type': file ? (types[extname(file)] ?? 'application/octet-stream') : 'text/plain' }),
      text: async () => body,
    };
  };
  return { get, requested } as unknown as APIRequestContext & { requested: string[] };
}

describe('the crawler', () => {
  it('finds nothing wrong on a clean site, having fetched every page, asset, sitemap and robots.txt', async () => {
    const request = staticHost('clean');
    const { problems, pages, statuses } = await crawl(request, entry);
    expect(problems).toEqual([]);
    expect(pages.sort()).toEqual([entry, `${entry}s/one/`]);
    for (const path of ['style.css', 'pic.svg', 'robots.txt', 'sitemap-index.xml', 'sitemap-0.xml']) {
      expect(statuses.get(`${entry}${path}`), path).toBe(200);
    }
  });

  it('reports a dead link', async () => {
    const { problems } = await crawl(staticHost('dead-link'), entry);
    expect(problems).toEqual([`${entry}missing/: HTTP 404`]);
  });

  it('reports a dead fragment, on the same page and on another', async () => {
    const { problems } = await crawl(staticHost('dead-fragment'), entry);
    expect(problems.sort()).toEqual(
      [`${entry}: #gone has no target on ${entry}other/`, `${entry}: #nowhere has no target on ${entry}`].sort(),
    );
  });

  it('reports an asset on another host, without fetching it', async () => {
    const request = staticHost('off-host-asset');
    const { problems } = await crawl(request, entry);
    expect(problems).toEqual([`${entry}: points outside this server: https://cdn.example.org/picture.png`]);
    expect(request.requested.filter((url) => !url.startsWith(entry))).toEqual([]);
  });

  it('follows a meta refresh and reports its dead target', async () => {
    const { problems } = await crawl(staticHost('meta-refresh-dead-page'), entry);
    expect(problems).toEqual([`${entry}gone/: HTTP 404`]);
  });

  it('follows a meta refresh (quoted, upper-case URL=) and reports a dead fragment on its target', async () => {
    const { problems } = await crawl(staticHost('meta-refresh-dead-fragment'), entry);
    expect(problems).toEqual([`${entry}s/one/: #vanished has no target on ${entry}`]);
  });
});

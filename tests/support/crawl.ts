/**
 * The site's one crawler (deploy tests and link check): from the entry page it follows every
 * link, asset, preview image, sitemap and robots URL, and reports what does not resolve.
 */
import type { APIRequestContext } from '@playwright/test';
import { parseHTML } from 'linkedom';

export interface CrawlResult {
  /** Every URL fetched (without fragment) and its HTTP status. */
  statuses: Map<string, number>;
  /** HTML pages found, by URL. */
  pages: string[];
  /** Everything wrong, one line each. */
  problems: string[];
}

/** URLs an HTML page refers to: links, assets, icons, preview images, share links, redirects. */
function references(html: string): string[] {
  const { document } = parseHTML(html);
  const attr = (selector: string, name: string) => [...document.querySelectorAll(selector)].map((el) => el.getAttribute(name) ?? '');
  // A meta refresh is followed like a link: "0; url=…", with or without quotes around the address.
  const refresh = [...document.querySelectorAll('meta[http-equiv]')]
    .filter((meta) => meta.getAttribute('http-equiv')!.toLowerCase() === 'refresh')
    .map((meta) => /^\s*\d*\.?\d*\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.*)\1\s*$/i.exec(meta.getAttribute('content') ?? '')?.[2] ?? '');
  const srcset = attr('img[srcset], source[srcset]', 'srcset').flatMap((set) =>
    set.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!),
  );
  return [
    ...attr('a[href]', 'href'),
    ...attr('link[href]', 'href'),
    ...attr('script[src]', 'src'),
    ...attr('img[src], iframe[src], source[src], video[src], audio[src]', 'src'),
    ...srcset,
    // Share links the page hands to readers (copy control).
    ...attr('[data-url]', 'data-url'),
    ...attr('meta[property^="og:image"][content^="http"], meta[name="twitter:image"], meta[property="og:url"]', 'content'),
    ...refresh,
  ];
}

function ids(html: string): Set<string> {
  return new Set([...parseHTML(html).document.querySelectorAll('[id]')].map((el) => el.id));
}

export async function crawl(request: APIRequestContext, entry: string): Promise<CrawlResult> {
  const start = new URL(entry);
  const statuses = new Map<string, number>();
  const htmlByUrl = new Map<string, string>();
  const problems: string[] = [];
  const fragments: { from: string; url: string; id: string }[] = [];
  const queue = [start.href, new URL('robots.txt', start).href, new URL('sitemap-index.xml', start).href];

  const enqueue = (ref: string, from: string) => {
    if (ref === '' || /^(mailto|tel|data):/.test(ref)) return;
    const url = new URL(ref, from);
    if (url.origin !== start.origin) return void problems.push(`${from}: points outside this server: ${ref}`);
    if (!url.pathname.startsWith(start.pathname))
      return void problems.push(`${from}: points outside the base path ${start.pathname}: ${ref}`);
    if (url.hash) fragments.push({ from, url: url.href.replace(/#.*$/, ''), id: decodeURIComponent(url.hash.slice(1)) });
    url.hash = '';
    if (!statuses.has(url.href) && !queue.includes(url.href)) queue.push(url.href);
  };

  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await request.get(url, { maxRedirects: 0 });
    statuses.set(url, response.status());
    if (response.status() !== 200) {
      problems.push(`${url}: HTTP ${response.status()}`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    const body = type.startsWith('text/html') || type.includes('xml') || type.startsWith('text/plain') ? await response.text() : '';
    if (type.startsWith('text/html')) {
      htmlByUrl.set(url, body);
      for (const ref of references(body)) enqueue(ref, url);
    } else if (type.includes('xml')) {
      for (const [, loc] of body.matchAll(/<loc>([^<]+)<\/loc>/g)) enqueue(loc!, url);
    } else if (url.endsWith('robots.txt')) {
      for (const [, sitemap] of body.matchAll(/^Sitemap:\s*(\S+)/gm)) enqueue(sitemap!, url);
    }
  }

  for (const { from, url, id } of fragments) {
    const html = htmlByUrl.get(url);
    if (html !== undefined && !ids(html).has(id)) problems.push(`${from}: #${id} has no target on ${url}`);
  }
  return { statuses, pages: [...htmlByUrl.keys()], problems };
}

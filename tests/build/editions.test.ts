/**
 * Two editions of one article, as the test builds publish them: the English original at the root
 * and its Arabic translation under ar/, with the same ids, the same shape, alternates that point
 * at each other, and a reader's way from one to the other. Read from the built files (the root
 * build at http://127.0.0.1:4321/ and the sub-path build under /explainer/).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { builds, distFiles, readDist, type BuildName } from '../support/dist';

const SITE: Record<BuildName, string> = { root: 'http://127.0.0.1:4321/', subpath: 'http://127.0.0.1:4322/explainer/' };
const document = (file: string, build: BuildName = 'root') => parseHTML(readDist(file, build).toString('utf8')).document;
const attr = (doc: Document, selector: string, name: string) => doc.querySelector(selector)?.getAttribute(name) ?? undefined;
const all = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)];

/** Every id the page carries, for comparing the editions' fragments. */
const ids = (doc: Document) => all(doc, '[id]').map((el) => el.id);

/** Each headed section and the lede: its id, and how many paragraphs and list items it shows. */
function shape(doc: Document) {
  return all(doc, '.article-section, .lede').map((section) => ({
    id: section.querySelector('h2')?.id ?? section.id,
    paragraphs: all(section as unknown as Document, 'p').filter((p) => !p.closest('li, [data-supplement]')).length,
    items: all(section as unknown as Document, 'li').filter((li) => !li.closest('[data-supplement]')).length,
  }));
}

describe.each(Object.keys(builds) as BuildName[])('the two editions in the %s build', (build) => {
  const site = SITE[build];
  const files = distFiles(build).filter((f) => f.endsWith('.html') && f !== '404.html');
  const original = document('index.html', build);
  const arabic = document('ar/index.html', build);

  it('publish the Arabic article right to left, with its share pages beside the English ones', () => {
    expect(attr(arabic, 'html', 'lang')).toBe('ar');
    expect(attr(arabic, 'html', 'dir')).toBe('rtl');
    const share = (prefix: string) => files.filter((f) => f.startsWith(`${prefix}s/`)).map((f) => f.slice(prefix.length));
    expect(share('ar/').sort()).toEqual(share('').sort());
    expect(share('').length).toBeGreaterThan(0);
  });

  it('carry the same section, alias, table and row ids, so a fragment lands in either', () => {
    expect(new Set(ids(arabic))).toEqual(new Set(ids(original)));
    for (const id of ['recommendations', 'actor-iran']) expect(arabic.getElementById(id), id).not.toBeNull();
  });

  it('have the same paragraphs and list items in every section', () => {
    expect(shape(arabic)).toEqual(shape(original));
  });

  it('show no interface word of the English module on the Arabic page', () => {
    // What a reader sees: the body's text without its inline scripts.
    const body = arabic.querySelector('body')!.cloneNode(true) as HTMLElement;
    for (const script of body.querySelectorAll('script, style')) script.remove();
    const text = body.textContent ?? '';
    const words = Object.entries(en).flatMap(([key, value]) =>
      typeof value === 'string' && !['downloadCsv', 'downloadJson', 'citeBibtex', 'languageName'].includes(key) ? [value] : [],
    );
    for (const word of words) expect(text, word).not.toContain(word);
  });

  it('say near the top of the Arabic page that it is a translation, linking to the original', () => {
    const note = arabic.querySelector('.article-header .translation-note');
    expect(note?.hasAttribute('data-supplement')).toBe(true);
    expect(note?.querySelector('a')?.getAttribute('href')).toBe(new URL(site).pathname);
    expect(original.querySelector('.translation-note')).toBeNull();
  });

  it.each(files)('%s: canonical in its own language, alternates for en, ar and x-default, reciprocal and absolute', (file) => {
    const doc = document(file, build);
    const arabicPage = file.startsWith('ar/');
    const alternates = Object.fromEntries(
      all(doc, 'link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    );
    expect(Object.keys(alternates).sort()).toEqual(['ar', 'en', 'x-default']);
    for (const href of Object.values(alternates)) expect(href).toMatch(/^https?:\/\//);
    expect(alternates['x-default']).toBe(alternates.en);
    const canonical = attr(doc, 'link[rel="canonical"]', 'href');
    expect(canonical).toBe(arabicPage ? alternates.ar : alternates.en);
    // Reciprocal: the page each alternate names lists the same alternates.
    for (const [lang, href] of Object.entries(alternates)) {
      const target = String(href).slice(site.length) + 'index.html';
      const other = Object.fromEntries(
        all(document(target, build), 'link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      expect(other, `${file} → ${lang}`).toEqual(alternates);
    }
    expect(attr(doc, 'meta[property="og:locale"]', 'content')).toBe(arabicPage ? 'ar' : 'en');
    expect(attr(doc, 'meta[property="og:locale:alternate"]', 'content')).toBe(arabicPage ? 'en' : 'ar');
  });

  it.each(files)('%s: a language link to the same page of the other edition, named in its own language', (file) => {
    const doc = document(file, build);
    const arabicPage = file.startsWith('ar/');
    const link = doc.querySelector('.site-header a.language-link')!;
    expect(link.getAttribute('hreflang')).toBe(arabicPage ? 'en' : 'ar');
    expect(link.getAttribute('lang')).toBe(arabicPage ? 'en' : 'ar');
    expect(link.textContent?.trim()).toBe(arabicPage ? 'English' : 'العربية');
    const path = file.replace(/index\.html$/, '');
    const other = arabicPage ? path.replace(/^ar\//, '') : `ar/${path}`;
    expect(link.getAttribute('href')).toBe(new URL(site).pathname + other);
  });

  it('dates: <time datetime> agrees with JSON-LD, written with Iraqi month names and Arabic-Indic digits', () => {
    const json = JSON.parse(arabic.querySelector('script[type="application/ld+json"]')!.textContent!);
    const time = arabic.querySelector('.article-meta time')!;
    expect(time.getAttribute('datetime')).toBe(json.dateModified);
    const [year, month] = json.dateModified.split('-').map(Number);
    const months = [
      'كانون الثاني',
      'شباط',
      'آذار',
      'نيسان',
      'أيار',
      'حزيران',
      'تموز',
      'آب',
      'أيلول',
      'تشرين الأول',
      'تشرين الثاني',
      'كانون الأول',
    ];
    expect(time.textContent).toContain(months[month - 1]);
    expect(time.textContent).toContain(String(year).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!));
  });

  it('JSON-LD: each edition in its language, the two linked as original and translation', () => {
    const [en, ar] = [original, arabic].map((doc) => JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!));
    expect(en.inLanguage).toBe('en');
    expect(ar.inLanguage).toBe('ar');
    expect(ar.mainEntityOfPage).toBe(`${site}ar/`);
    expect(en.workTranslation).toEqual([{ '@type': 'Article', url: `${site}ar/`, inLanguage: 'ar' }]);
    expect(ar.translationOfWork).toEqual({ '@type': 'Article', url: site, inLanguage: 'en' });
    expect(ar.hasPart[0].url).toMatch(new RegExp(`^${site}ar/#`));
  });

  it('the Arabic citation names its own URL and language', () => {
    expect(attr(arabic, 'meta[name="citation_language"]', 'content')).toBe('ar');
    expect(attr(arabic, 'meta[name="citation_public_url"]', 'content')).toBe(`${site}ar/`);
    expect(arabic.getElementById('cite-text')?.textContent).toContain(`${site}ar/`);
    const bibtex = arabic.getElementById('cite-bibtex')!;
    expect(bibtex.textContent).toContain(`url = {${site}ar/}`);
    expect(bibtex.textContent).toContain('langid = {arabic}');
    // BibTeX is code: read left to right inside the right-to-left page.
    expect(bibtex.getAttribute('dir')).toBe('ltr');
  });

  it('Arabic share pages: Arabic titles, og:locale ar, their own image, landing on the Arabic section', () => {
    const doc = document('ar/s/recommendations/index.html', build);
    expect(attr(doc, 'meta[property="og:locale"]', 'content')).toBe('ar');
    expect(attr(doc, 'meta[property="og:title"]', 'content')).toMatch(/[\u0600-\u06ff]/);
    expect(attr(doc, 'meta[property="og:image"]', 'content')).toBe(`${site}ar/og/recommendations.png`);
    expect(attr(doc, 'meta[http-equiv="refresh"]', 'content')).toBe(`0; url=${new URL(site).pathname}ar/#recommendations`);
    expect(distFiles(build)).toContain('ar/og/recommendations.png');
  });

  it('the Arabic table downloads: CSV with a byte-order mark for Excel that parses strictly, JSON plain UTF-8, the same row ids', () => {
    const csv = readDist('ar/data/actor-relations.csv', build);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv, { bom: true, relax_quotes: false, relax_column_count: false }) as string[][];
    expect(rows[0]!.join(' ')).toMatch(/[\u0600-\u06ff]/);
    const json = readDist('ar/data/actor-relations.json', build);
    expect(json[0]).toBe('{'.charCodeAt(0));
    const [ar, en] = [json, readDist('data/actor-relations.json', build)].map((b) => JSON.parse(b.toString('utf8')));
    expect(ar.language).toBe('ar');
    expect(ar.rows.map((r: { id: string }) => r.id)).toEqual(en.rows.map((r: { id: string }) => r.id));
    expect(rows.length - 1).toBe(ar.rows.length);
  });

  it('the sitemap lists both editions, each with the other as its alternate', () => {
    const sitemap = readDist('sitemap-0.xml', build).toString('utf8');
    for (const loc of [site, `${site}ar/`]) expect(sitemap).toContain(`<loc>${loc}</loc>`);
    expect(sitemap).toContain(`hreflang="ar" href="${site}ar/"`);
    expect(sitemap).toContain(`hreflang="en" href="${site}"`);
    expect(sitemap.match(/hreflang="x-default" href="([^"]*)"/g)).toEqual([
      `hreflang="x-default" href="${site}"`,
      `hreflang="x-default" href="${site}"`,
    ]);
  });

  it('the one 404 page speaks to readers of both editions, each part in its language and direction', () => {
    const doc = document('404.html', build);
    const arabicPart = doc.querySelector('section[lang="ar"][dir="rtl"]');
    expect(arabicPart?.querySelector('a')?.getAttribute('href')).toBe(`${new URL(site).pathname}ar/`);
    expect(arabicPart?.textContent).toMatch(/[\u0600-\u06ff]/);
    expect(doc.querySelector('h1')?.closest('section')?.hasAttribute('lang')).toBe(false);
  });

  it('the 404 page, served for any missing path, claims no address of its own and stays out of search', () => {
    const doc = document('404.html', build);
    expect(attr(doc, 'meta[name="robots"]', 'content')).toBe('noindex');
    expect(doc.querySelector('link[rel="canonical"], meta[property="og:url"]')).toBeNull();
    expect(doc.body.textContent).not.toContain('404.html');
  });
});

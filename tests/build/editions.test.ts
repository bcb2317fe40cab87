/**
 * Every edition of one article, as the test builds publish them: the English original at the root
 * and each translation content holds (content/<lang>/: Arabic under ar/, Persian under fa/), with
 * the same ids, the same shape, alternates that point at each other, and a reader's way from each
 * to every other. Read from the built files (the root build at http://127.0.0.1:4321/ and the
 * sub-path build under /explainer/).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { editionFolders, editionPaths } from '../support/content';
import { builds, distFiles, readDist, type BuildName } from '../support/dist';
import { editionYaml, wordsOf } from '../support/words';

const en = wordsOf('en');
/** Each edition as the tests read content: its language (its folder) and its path under the base. */
const editions = editionFolders.map((language, i) => ({ language, prefix: editionPaths[i]! }));
const original = editions[0]!;
const translations = editions.slice(1);
/** The edition a built file belongs to, from its path. */
const editionOf = (file: string) => translations.find((t) => file.startsWith(t.prefix)) ?? original;

const SITE: Record<BuildName, string> = { root: 'http://127.0.0.1:4321/', subpath: 'http://127.0.0.1:4322/explainer/' };
const document = (file: string, build: BuildName = 'root') => parseHTML(readDist(file, build).toString('utf8')).document;
const attr = (doc: Document, selector: string, name: string) => doc.querySelector(selector)?.getAttribute(name) ?? undefined;
const all = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)];
const jsonLd = (doc: Document) => JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);

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

/** What a reader sees of a page: the body's text without its inline scripts and styles. */
function visibleText(doc: Document): string {
  const body = doc.querySelector('body')!.cloneNode(true) as HTMLElement;
  for (const script of body.querySelectorAll('script, style')) script.remove();
  return body.textContent ?? '';
}

it('content holds the original and at least the Arabic and Persian translations', () => {
  expect(editions.map((e) => e.language)).toEqual(expect.arrayContaining(['en', 'ar', 'fa']));
  expect(original.prefix).toBe('');
});

describe.each(Object.keys(builds) as BuildName[])('the editions in the %s build', (build) => {
  const site = SITE[build];
  const files = distFiles(build).filter((f) => f.endsWith('.html') && f !== '404.html');
  const originalPage = document('index.html', build);

  describe.each(translations)('the $language translation', ({ language, prefix }) => {
    const page = document(`${prefix}index.html`, build);
    const { direction } = editionYaml(language);

    it('is published in its language and direction, with its share pages beside the original’s', () => {
      expect(attr(page, 'html', 'lang')).toBe(language);
      expect(attr(page, 'html', 'dir')).toBe(direction ?? new Intl.Locale(language).getTextInfo().direction);
      const share = (p: string) => files.filter((f) => f.startsWith(`${p}s/`)).map((f) => f.slice(p.length));
      expect(share(prefix).sort()).toEqual(share('').sort());
      expect(share('').length).toBeGreaterThan(0);
    });

    it('carries the same section, alias, table and row ids, so a fragment lands in any edition', () => {
      expect(new Set(ids(page))).toEqual(new Set(ids(originalPage)));
      for (const id of ['recommendations', 'actor-iran']) expect(page.getElementById(id), id).not.toBeNull();
    });

    it('has the same paragraphs and list items in every section', () => {
      expect(shape(page)).toEqual(shape(originalPage));
    });

    it('shows no interface word of the original’s on the page', () => {
      const text = visibleText(page);
      const words = Object.entries(en).flatMap(([key, value]) =>
        typeof value === 'string' && !['downloadCsv', 'downloadJson', 'citeBibtex'].includes(key) ? [value] : [],
      );
      for (const word of words) expect(text, word).not.toContain(word);
    });

    it('says near the top that it is a translation, linking to the original', () => {
      const note = page.querySelector('.article-header .translation-note');
      expect(note?.textContent).toContain(wordsOf(language).translationNote);
      expect(note?.hasAttribute('data-supplement')).toBe(true);
      expect(note?.querySelector('a')?.getAttribute('href')).toBe(new URL(site).pathname);
      expect(originalPage.querySelector('.translation-note')).toBeNull();
    });

    it('JSON-LD: in its language, a translation of the original, which lists it', () => {
      const [source, translation] = [originalPage, page].map(jsonLd);
      expect(translation.inLanguage).toBe(language);
      expect(translation.mainEntityOfPage).toBe(`${site}${prefix}`);
      expect(source.workTranslation).toContainEqual({ '@type': 'Article', url: `${site}${prefix}`, inLanguage: language });
      expect(translation.translationOfWork).toEqual({ '@type': 'Article', url: site, inLanguage: original.language });
      expect(translation.hasPart[0].url).toMatch(new RegExp(`^${site}${prefix}#`));
    });

    it('dates: <time datetime> is the Gregorian day JSON-LD gives, the text the edition’s own calendar and digits', () => {
      const time = page.querySelector('.article-meta time')!;
      expect(time.getAttribute('datetime')).toBe(jsonLd(page).dateModified);
      const locale = editionYaml(language).locale ?? language;
      const day = new Date(`${time.getAttribute('datetime')}T00:00:00Z`);
      expect(time.textContent).toBe(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day));
      expect(time.textContent).not.toMatch(/[0-9]/);
    });

    it('its citation names its own URL and language', () => {
      expect(attr(page, 'meta[name="citation_language"]', 'content')).toBe(language);
      expect(attr(page, 'meta[name="citation_public_url"]', 'content')).toBe(`${site}${prefix}`);
      expect(page.getElementById('cite-text')?.textContent).toContain(`${site}${prefix}`);
      const bibtex = page.getElementById('cite-bibtex')!;
      expect(bibtex.textContent).toContain(`url = {${site}${prefix}}`);
      const languageName = new Intl.DisplayNames('en', { type: 'language' }).of(language)!.toLowerCase();
      expect(bibtex.textContent).toContain(`langid = {${languageName}}`);
      // BibTeX is code: read left to right inside a right-to-left page.
      if (attr(page, 'html', 'dir') === 'rtl') expect(bibtex.getAttribute('dir')).toBe('ltr');
    });

    it('share pages: titles in its script, og:locale, their own image, landing on its section', () => {
      const doc = document(`${prefix}s/recommendations/index.html`, build);
      expect(attr(doc, 'meta[property="og:locale"]', 'content')).toBe(language);
      expect(attr(doc, 'meta[property="og:title"]', 'content')).not.toBe(
        attr(document('s/recommendations/index.html', build), 'meta[property="og:title"]', 'content'),
      );
      expect(attr(doc, 'meta[property="og:image"]', 'content')).toBe(`${site}${prefix}og/recommendations.png`);
      expect(attr(doc, 'meta[http-equiv="refresh"]', 'content')).toBe(`0; url=${new URL(site).pathname}${prefix}#recommendations`);
      expect(distFiles(build)).toContain(`${prefix}og/recommendations.png`);
    });

    it('table downloads: CSV with a byte-order mark for Excel that parses strictly, JSON plain UTF-8, the same row ids', () => {
      const csv = readDist(`${prefix}data/actor-relations.csv`, build);
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(csv, { bom: true, relax_quotes: false, relax_column_count: false }) as string[][];
      const json = readDist(`${prefix}data/actor-relations.json`, build);
      expect(json[0]).toBe('{'.charCodeAt(0));
      const [translated, source] = [json, readDist('data/actor-relations.json', build)].map((b) => JSON.parse(b.toString('utf8')));
      expect(translated.language).toBe(language);
      expect(rows[0]).not.toEqual(parseCsv(readDist('data/actor-relations.csv', build), { bom: true })[0]);
      expect(translated.rows.map((r: { id: string }) => r.id)).toEqual(source.rows.map((r: { id: string }) => r.id));
      expect(rows.length - 1).toBe(translated.rows.length);
    });
  });

  it.each(files)('%s: canonical in its own language, alternates for every edition and x-default, reciprocal and absolute', (file) => {
    const doc = document(file, build);
    const own = editionOf(file);
    const alternates = Object.fromEntries(
      all(doc, 'link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    );
    expect(Object.keys(alternates).sort()).toEqual([...editions.map((e) => e.language), 'x-default'].sort());
    for (const href of Object.values(alternates)) expect(href).toMatch(/^https?:\/\//);
    expect(alternates['x-default']).toBe(alternates[original.language]);
    expect(attr(doc, 'link[rel="canonical"]', 'href')).toBe(alternates[own.language]);
    // Reciprocal: the page each alternate names lists the same alternates.
    for (const [lang, href] of Object.entries(alternates)) {
      const target = String(href).slice(site.length) + 'index.html';
      const other = Object.fromEntries(
        all(document(target, build), 'link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      expect(other, `${file} → ${lang}`).toEqual(alternates);
    }
    expect(attr(doc, 'meta[property="og:locale"]', 'content')).toBe(own.language);
    expect(
      all(doc, 'meta[property="og:locale:alternate"]')
        .map((m) => m.getAttribute('content'))
        .sort(),
    ).toEqual(
      editions
        .filter((e) => e !== own)
        .map((e) => e.language)
        .sort(),
    );
  });

  it.each(files)('%s: a link to the same page of every other edition, each named in its own language', (file) => {
    const doc = document(file, build);
    const own = editionOf(file);
    const path = file.slice(own.prefix.length).replace(/index\.html$/, '');
    const nav = doc.querySelector('.site-header nav.language-links');
    expect(nav?.getAttribute('aria-label')).toBe(wordsOf(own.language).otherEditions);
    const links = all(doc, 'nav.language-links a.language-link').map((a) => ({
      hreflang: a.getAttribute('hreflang'),
      lang: a.getAttribute('lang'),
      name: a.textContent?.trim(),
      href: a.getAttribute('href'),
    }));
    expect(links).toEqual(
      editions
        .filter((e) => e !== own)
        .map((e) => ({
          hreflang: e.language,
          lang: e.language,
          name: editionYaml(e.language).name,
          href: new URL(site).pathname + e.prefix + path,
        })),
    );
  });

  it('the sitemap lists every edition, each with all the others as its alternates', () => {
    const sitemap = readDist('sitemap-0.xml', build).toString('utf8');
    for (const { language, prefix } of editions) {
      expect(sitemap).toContain(`<loc>${site}${prefix}</loc>`);
      expect(sitemap).toContain(`hreflang="${language}" href="${site}${prefix}"`);
    }
    expect(sitemap.match(/hreflang="x-default" href="([^"]*)"/g)).toEqual(editions.map(() => `hreflang="x-default" href="${site}"`));
  });

  it('the one 404 page speaks to readers of every edition, each part in its language and direction', () => {
    const doc = document('404.html', build);
    for (const { language, prefix } of translations) {
      const part = doc.querySelector(`section[lang="${language}"]`);
      expect(part?.getAttribute('dir'), language).toBe(new Intl.Locale(language).getTextInfo().direction);
      expect(part?.querySelector('a')?.getAttribute('href')).toBe(`${new URL(site).pathname}${prefix}`);
      expect(part?.textContent).toContain(wordsOf(language).notFoundHeading);
    }
    expect(doc.querySelector('h1')?.closest('section')?.hasAttribute('lang')).toBe(false);
  });

  it('the 404 page, served for any missing path, claims no address of its own and stays out of search', () => {
    const doc = document('404.html', build);
    expect(attr(doc, 'meta[name="robots"]', 'content')).toBe('noindex');
    expect(doc.querySelector('link[rel="canonical"], meta[property="og:url"]')).toBeNull();
    expect(doc.body.textContent).not.toContain('404.html');
  });
});

describe('the Arabic edition, for Iraqi readers', () => {
  const arabic = document('ar/index.html');
  it('dates with the month names used in Iraq and Arabic-Indic digits', () => {
    const time = arabic.querySelector('.article-meta time')!;
    const [year, month] = time.getAttribute('datetime')!.split('-').map(Number);
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
    expect(time.textContent).toContain(months[month! - 1]);
    expect(time.textContent).toContain(String(year).replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!));
  });
});

describe('the Persian edition, for Iranian readers', () => {
  const persian = document('fa/index.html');
  // The page's own words: not the other editions' names in the language links (العربية has a ي).
  for (const foreign of persian.querySelectorAll('body [lang]:not([lang="fa"])')) foreign.remove();
  const text = visibleText(persian);
  const prose = [...persian.querySelectorAll('.article-grid')].map((el) => el.textContent).join(' ');

  it('dates in the Solar Hijri calendar, with a Persian month name and Persian digits', () => {
    const time = persian.querySelector('.article-meta time')!;
    const months = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
    expect(
      months.some((m) => time.textContent!.includes(m)),
      time.textContent!,
    ).toBe(true);
    expect(time.textContent).toMatch(/^[۰-۹]+ \S+ [۰-۹]{4}$/);
    // The Solar Hijri year runs 621 or 622 behind the Gregorian one in <time datetime>.
    const gregorian = Number(time.getAttribute('datetime')!.slice(0, 4));
    const solar = Number(time.textContent!.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).slice(-4));
    expect([621, 622]).toContain(gregorian - solar);
  });

  it('writes Persian letters (ی, ک), never their Arabic forms (ي, ك, ى), and Persian digits', () => {
    expect(text).not.toMatch(/[\u064A\u0643\u0649]/);
    expect(text).toMatch(/ی/);
    expect(text).toMatch(/ک/);
    expect(prose).not.toMatch(/[\u0660-\u0669]/);
  });

  it('joins می and ها with a zero-width non-joiner, never a space or nothing', () => {
    expect(prose).toMatch(/می\u200C/);
    expect(prose).not.toMatch(/(?<![\p{L}])(?:می|نمی) (?=\p{L})/u);
    expect(prose).toMatch(/\p{L}\u200Cها/u);
    expect(prose).not.toMatch(/\s(?:ها|های|هایی|هایش)(?![\p{L}])/u);
  });

  it('names the Popular Mobilization Forces and ISIS as Persian news does', () => {
    expect(prose).toContain('حشد الشعبی');
    expect(prose).toContain('داعش');
  });
});

/**
 * An edition is content: a copy of the project with one more folder, content/de/ (test data in
 * tests/fixtures/new-edition: an edition.yaml, an interface.yaml and an article.yaml, no code),
 * builds a German edition at de/ that every other page links to, lists and alternates with, its
 * sections shown in the original with the German notice until they are translated, and the
 * enhancement script speaks German there; its labels take Latin capitals and tracking. Interface words that are missing, empty or of the
 * wrong plural shape, or a folder named after another language, stop the build naming the file
 * and the field.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { editionPaths } from '../support/content';
import { astro, projectCopy, root } from '../support/project-copy';

const fixture = join(root, 'tests/fixtures/new-edition');
const OWN = 'new-edition';

describe('an edition added with content alone', () => {
  let dir = '';
  let output = '';
  const page = async (file: string) => parseHTML(await readFile(join(dir, 'dist', file), 'utf8')).document;

  beforeAll(async () => {
    dir = await projectCopy(`${OWN}/de`, fixture);
    const build = await astro(dir, ['build']);
    output = build.output;
    expect(build.code, output).toBe(0);
  });

  it('is published at de/ in German, its untranslated sections in the original with the German notice', async () => {
    const doc = await page('de/index.html');
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.documentElement.getAttribute('dir')).toBe('ltr');
    expect(doc.querySelector('h1')?.textContent).toBe('Irak drängt von Iran unterstützte Milizen, Israel nicht anzugreifen');
    expect(doc.querySelector('.skip-link')?.textContent?.trim()).toBe('Zum Artikel springen');
    expect(doc.querySelector('.article-meta')?.textContent).toMatch(/\d+ Minuten Lesezeit/);
    const notices = [...doc.querySelectorAll('[data-translation="missing"]')];
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices) expect(notice.textContent).toMatch(/noch nicht übersetzt/);
  });

  it('every page of every other edition links to it by its own name, and lists it as an alternate', async () => {
    for (const prefix of editionPaths) {
      const doc = await page(`${prefix}index.html`);
      const link = doc.querySelector('.language-link[hreflang="de"]');
      expect([link?.textContent?.trim(), link?.getAttribute('lang'), link?.getAttribute('href')], prefix).toEqual([
        'Deutsch',
        'de',
        '/de/',
      ]);
      expect(doc.querySelector('link[rel="alternate"][hreflang="de"]')?.getAttribute('href')).toMatch(/\/de\/$/);
    }
    expect(await readFile(join(dir, 'dist/sitemap-0.xml'), 'utf8')).toContain('hreflang="de"');
  });

  it('its labels take the capitals and letter-spacing of its script, Latin, as the original’s do; an Arabic-script edition’s none', async () => {
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
    try {
      const page = await browser.newPage();
      const labels = async (prefix: string) => {
        await page.goto(pathToFileURL(join(dir, 'dist', prefix, 'index.html')).href);
        return page
          .locator('.site-name, .toc-title')
          .evaluateAll((elements) =>
            elements.map((el) => [getComputedStyle(el).textTransform, parseFloat(getComputedStyle(el).letterSpacing) > 0]),
          );
      };
      const german = await labels('de/');
      const original = await labels('');
      // The first translation of the project's own, in Arabic script.
      const arabicScript = await labels(editionPaths[1]!);
      expect(german).toEqual(original);
      expect(german).toEqual([
        ['uppercase', true],
        ['uppercase', true],
      ]);
      expect(arabicScript).toEqual([
        ['none', false],
        ['none', false],
      ]);
    } finally {
      await browser.close();
    }
  });

  it('the enhancement script carries its words', async () => {
    const assets = await readdir(join(dir, 'dist/_astro'));
    const scripts = await Promise.all(assets.filter((f) => f.endsWith('.js')).map((f) => readFile(join(dir, 'dist/_astro', f), 'utf8')));
    expect(scripts.some((script) => script.includes('Link kopieren'))).toBe(true);
  });
});

describe('an edition’s interface words and facts, checked', () => {
  const cases: [string, (words: string) => string, string, RegExp][] = [
    [
      'a missing word',
      (t) => t.replace(/^skipLink: .*\n/m, ''),
      'interface.yaml',
      /^(?=[\s\S]*content\/de\/interface\.yaml)(?=[\s\S]*skipLink: Required)/,
    ],
    [
      'an empty word',
      (t) => t.replace(/^contents: .*$/m, 'contents: " "'),
      'interface.yaml',
      /^(?=[\s\S]*content\/de\/interface\.yaml)(?=[\s\S]*contents: Too small)/,
    ],
    [
      'a plural form German does not have',
      (t) => t.replace('sectionCount:\n', 'sectionCount:\n  few: "{count} Abschnitte"\n'),
      'interface.yaml',
      /content\/de\/interface\.yaml: field "sectionCount" has "few", not a plural form of de/,
    ],
    [
      'a plural form missing',
      (t) => t.replace(/^ {2}one: "\{count\} Abschnitt"\n/m, ''),
      'interface.yaml',
      /content\/de\/interface\.yaml: field "sectionCount" has no "one" form/,
    ],
    [
      'a phrase without its value',
      (t) => t.replace('permalink: "Link zum Abschnitt: {title}"', 'permalink: "Link zum Abschnitt"'),
      'interface.yaml',
      /^(?=[\s\S]*content\/de\/interface\.yaml)(?=[\s\S]*permalink[^\n]*the phrase must say \{title\})/,
    ],
    [
      'a folder named after another language',
      (t) => t.replace('language: de', 'language: de-AT'),
      'edition.yaml',
      /content\/de\/edition\.yaml: field "language" is "de-AT", but the edition's folder is "de"/,
    ],
  ];
  it.concurrent.each(cases)('%s stops the build, naming the file and field', async (name, change, file, message) => {
    const dir = await projectCopy(`${OWN}/${name.replace(/\W+/g, '-')}`, fixture);
    const path = join(dir, 'content/de', file);
    await writeFile(path, change(await readFile(path, 'utf8')));
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).not.toBe(0);
    expect(output).toMatch(message);
  });
});

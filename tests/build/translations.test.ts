/**
 * A translation stays honest as the original changes. Each case builds a copy of the project with
 * its translations recorded as current (`npm run translations -- record <lang> --all` for each), changes one
 * thing, and checks what the build does: an English edit marks exactly that Arabic section; a
 * missing translation shows the original, marked as such; a current translation that drops or
 * adds a paragraph, list item or row, or strays from the glossary, stops the build naming its file.
 */
import { execFileSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { editionFolders } from '../support/content';
import { astro, copiesDir, projectCopy, root } from '../support/project-copy';

/** This file's own folder of copies: Vitest runs test files in parallel, so it clears only its own. */
const OWN = 'translations';

/** A copy of the project whose translations are current, with the script that records them. */
async function currentCopy(name: string): Promise<string> {
  const dir = await projectCopy(`${OWN}/${name}`);
  await cp(join(root, 'scripts'), join(dir, 'scripts'), { recursive: true });
  for (const edition of editionFolders.slice(1)) translations(dir, ['record', edition, '--all']);
  return dir;
}

/** `npm run translations` in a copy: its output. */
const translations = (dir: string, args: string[] = []) =>
  execFileSync(process.execPath, ['scripts/translations.ts', ...args], { cwd: dir, encoding: 'utf8' });

async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const path = join(dir, file);
  const before = await readFile(path, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${file} changes it`).not.toBe(before);
  await writeFile(path, after);
}

const page = async (dir: string, file = 'ar/index.html') => parseHTML(await readFile(join(dir, 'dist', file), 'utf8')).document;

/** The last paragraph of an MDX body (paragraphs are separated by a blank line). */
const dropLastParagraph = (mdx: string) => mdx.trimEnd().replace(/\n\n[^\n]+$/, '\n');

describe('translations follow the original', () => {
  afterAll(async () => {
    await rm(join(copiesDir, OWN), { recursive: true, force: true });
  });

  it.concurrent('with every translation current, the Arabic page carries no notice', async () => {
    const dir = await currentCopy('current');
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).toBe(0);
    expect((await page(dir)).querySelectorAll('[data-translation]')).toHaveLength(0);
    expect(translations(dir)).toMatch(/8 up to date, 0 outdated, 0 missing/);
  });

  it.concurrent('an English edit marks exactly that Arabic section, linking to the English one; the build goes on', async () => {
    const dir = await currentCopy('english-edit');
    await edit(dir, 'content/sections/recommendations.mdx', (t) => t.replace('First, enhanced dialogue', 'First, much better dialogue'));
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).toBe(0);
    const doc = await page(dir);
    const notices = [...doc.querySelectorAll('[data-translation]')];
    expect(notices).toHaveLength(1);
    const notice = notices[0]!;
    expect(notice.getAttribute('data-translation')).toBe('outdated');
    expect(notice.hasAttribute('data-supplement')).toBe(true);
    expect(notice.closest('section')?.querySelector('h2')?.id).toBe('recommendations');
    expect(notice.querySelector('a')?.getAttribute('href')).toBe('/#recommendations');
    // The translation is still shown, in Arabic.
    expect(notice.closest('section')?.querySelector('.prose')?.hasAttribute('lang')).toBe(false);
  });

  it.concurrent('`npm run translations` shows the English diff since the recorded version, and records a finished update', async () => {
    const dir = await currentCopy('script');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@localhost', 'commit', '-qm', 'start');
    await edit(dir, 'content/sections/recommendations.mdx', (t) => t.replace('First, enhanced dialogue', 'First, much better dialogue'));
    const listing = translations(dir);
    expect(listing).toMatch(/outdated\s+section recommendations/);
    expect(listing).toMatch(/^\s+-.*First, enhanced dialogue/m);
    expect(listing).toMatch(/^\s+\+.*First, much better dialogue/m);
    expect(listing).toMatch(/7 up to date, 1 outdated, 0 missing/);
    translations(dir, ['record', 'ar', 'recommendations']);
    expect(translations(dir)).toMatch(/8 up to date, 0 outdated, 0 missing/);
  });

  it.concurrent('a missing Arabic section is shown in English, marked lang="en" dir="ltr", with a notice', async () => {
    const dir = await currentCopy('missing-section');
    await rm(join(dir, 'content/ar/sections/conclusions.mdx'));
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).toBe(0);
    const doc = await page(dir);
    const heading = doc.getElementById('conclusions')!;
    expect([heading.getAttribute('lang'), heading.getAttribute('dir')]).toEqual(['en', 'ltr']);
    const section = heading.closest('section')!;
    expect(section.querySelector('.prose')?.getAttribute('lang')).toBe('en');
    expect(section.querySelector('[data-translation]')?.getAttribute('data-translation')).toBe('missing');
    // Its At a glance point waits for the translation: no Arabic point links to English words.
    expect(doc.querySelector('.glance a[href="#conclusions"]')).toBeNull();
    expect(translations(dir)).toMatch(/missing\s+section conclusions/);
  });

  it.concurrent('a missing Arabic table is shown in English, marked lang="en"', async () => {
    const dir = await currentCopy('missing-table');
    await rm(join(dir, 'content/ar/tables/actor-relations.yaml'));
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).toBe(0);
    const doc = await page(dir);
    const scroller = doc.getElementById('actor-relations')!.parentElement!;
    expect(scroller.getAttribute('lang')).toBe('en');
    expect(scroller.getAttribute('dir')).toBe('ltr');
    expect(doc.querySelector('[data-translation="missing"] a')?.getAttribute('href')).toBe('/#actor-relations');
    // Its download says the language of its words, not the edition's.
    const json = JSON.parse(await readFile(join(dir, 'dist/ar/data/actor-relations.json'), 'utf8')) as { language: string };
    expect(json.language).toBe('en');
  });

  const stops: [string, string, (t: string) => string, RegExp][] = [
    [
      'a dropped paragraph',
      'content/ar/sections/recommendations.mdx',
      dropLastParagraph,
      /content\/ar\/sections\/recommendations\.mdx: 1 paragraph where content\/sections\/recommendations\.mdx has 2: 1 paragraph missing/,
    ],
    [
      'an extra list item',
      'content/ar/sections/balancing-act.mdx',
      (t) => t.replace(/(\n- \*\*[^\n]+)/, '$1$1'),
      /content\/ar\/sections\/balancing-act\.mdx: 4 list items where content\/sections\/balancing-act\.mdx has 3: 1 list item extra/,
    ],
    [
      'a missing table row',
      'content/ar/tables/actor-relations.yaml',
      (t) => t.replace(/\n {2}iraq:\n(?: {4}.*\n?)+/, '\n'),
      /content\/ar\/tables\/actor-relations\.yaml: field "rows": row "iraq" is missing/,
    ],
    [
      'a dropped paragraph in the Persian edition',
      'content/fa/sections/conclusions.mdx',
      dropLastParagraph,
      /content\/fa\/sections\/conclusions\.mdx: \d+ paragraphs? where content\/sections\/conclusions\.mdx has \d+: 1 paragraph missing/,
    ],
    [
      'a Persian name in another form than the Persian glossary’s',
      'content/fa/glossary.yaml',
      (t) => t.replace('{ en: ISIS, fa: داعش }', '{ en: ISIS, fa: دولت اسلامی }'),
      /content\/fa\/sections\/[a-z-]+\.mdx: the original says "ISIS", but not the form content\/fa\/glossary\.yaml gives it: "دولت اسلامی"/,
    ],
    [
      'a Persian glossary term keyed by another language than the edition’s',
      'content/fa/glossary.yaml',
      (t) => t.replace('{ en: ISIS, fa: داعش }', '{ en: ISIS, ar: داعش }'),
      /content\/fa\/glossary\.yaml: field "terms\.\d+" must give the term as "en" \(the original's language\) and "fa" \(this edition's\); it has no "fa"; "ar" is neither/,
    ],
    [
      'a name in another form than the glossary’s',
      'content/ar/glossary.yaml',
      (t) => t.replace('{ en: Tehran, ar: طهران }', '{ en: Tehran, ar: تهران }'),
      /content\/ar\/sections\/[a-z-]+\.mdx: the original says "Tehran", but not the form content\/ar\/glossary\.yaml gives it: "تهران"/,
    ],
  ];

  it.concurrent.each(stops)('%s in a current translation stops the build, naming the file', async (name, file, change, message) => {
    // A copy per case: two cases may edit the same file.
    const dir = await currentCopy(name.replace(/\W+/g, '-'));
    await edit(dir, file, change);
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).not.toBe(0);
    expect(output).toMatch(message);
  });
});

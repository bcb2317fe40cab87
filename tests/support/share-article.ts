/**
 * An article read straight from a content folder (article.yaml, sections/*.mdx, tables/*.yaml),
 * with just what src/lib/share/share.ts reads of it, so a unit test can make a share image of real
 * content (the site's, or a fixture's) without an Astro build. The tests' own reading: no
 * integrity rules, no MDX rendering.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { textDirection } from '../../src/i18n';
import type { Article, Section, Table } from '../../src/lib/content/article';
import { sectionDoc } from '../../src/lib/content/section-doc';
import { editionYaml, localeOf, wordsOf } from './words';

/** An MDX file's YAML frontmatter and the body under it. */
function splitMdx(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source.replace(/^\uFEFF/, ''));
  return { data: (parse(match?.[1] ?? '') ?? {}) as Record<string, unknown>, body: match?.[2] ?? source };
}

export function shareArticle(contentDir: string): Article {
  const read = (...parts: string[]) => readFileSync(join(contentDir, ...parts), 'utf8');
  const meta = { ...parse(read('article.yaml')), ...editionYaml('en', contentDir) } as Article['meta'];
  const sections = readdirSync(join(contentDir, 'sections'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const { data, body } = splitMdx(read('sections', name));
      return { ...data, order: Number(data.order), doc: sectionDoc(body), lang: meta.language } as unknown as Section & { order: number };
    })
    .sort((a, b) => a.order - b.order);
  const tables = readdirSync(join(contentDir, 'tables'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name): Table => {
      const data = parse(read('tables', name)) as Omit<Table, 'id' | 'file' | 'lang'>;
      return {
        ...data,
        id: name.replace(/\.yaml$/, ''),
        file: name,
        rows: [...data.rows].sort((a, b) => a.order - b.order),
        lang: meta.language,
      };
    });
  return {
    edition: 'en',
    url: '',
    editions: [],
    meta,
    locale: localeOf('en', contentDir),
    sections,
    headed: sections.flatMap(({ id, title, summary }) => (title ? [{ id, title, summary }] : [])),
    tables: new Map(tables.map((table) => [table.id, table])),
    glance: [],
    readingMinutes: 1,
    dir: textDirection(meta.language, meta.direction),
    ui: wordsOf('en', contentDir),
  };
}

/**
 * A translated edition as share images see it: the original's sections and tables (content/),
 * with the words of content/<edition>/ where it has them (the tests' own reading of the
 * translation files: titles and summaries by section id, captions, labels and cells by field and
 * row id).
 */
export function translatedShareArticle(contentDir: string, edition: string): Article {
  const original = shareArticle(contentDir);
  const dir = join(contentDir, edition);
  const meta = {
    ...original.meta,
    ...(parse(readFileSync(join(dir, 'article.yaml'), 'utf8')) as Partial<Article['meta']>),
    ...editionYaml(edition, contentDir),
  } as Article['meta'];
  const words = new Map(
    readdirSync(join(dir, 'sections'))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => splitMdx(readFileSync(join(dir, 'sections', name), 'utf8')))
      .map(({ data, body }) => [data.id as string, { data, body }]),
  );
  const sections = original.sections.map((section) => {
    const translation = words.get(section.id);
    if (!translation) return section;
    const { title, summary } = translation.data as { title?: string; summary: string };
    return { ...section, title, summary, doc: sectionDoc(translation.body), lang: meta.language };
  });
  const tables = [...original.tables.values()].map((table): Table => {
    const file = join(dir, 'tables', `${table.id}.yaml`);
    const translation = parse(readFileSync(file, 'utf8')) as {
      caption: string;
      columns: Record<string, string>;
      rows: Record<string, Record<string, string>>;
    };
    return {
      ...table,
      caption: translation.caption,
      columns: table.columns.map((c) => ({ ...c, label: translation.columns[c.field] ?? c.label })),
      rows: table.rows.map((r) => ({ ...r, ...translation.rows[r.id] })),
      lang: meta.language,
    };
  });
  return {
    ...original,
    meta,
    locale: localeOf(edition, contentDir),
    sections,
    headed: sections.flatMap(({ id, title, summary }) => (title ? [{ id, title, summary }] : [])),
    tables: new Map(tables.map((table) => [table.id, table])),
    dir: textDirection(meta.language, meta.direction),
    ui: wordsOf(edition, contentDir),
  };
}

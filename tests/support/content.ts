/** The site's content as the tests expect to see it, read straight from content/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { rowFragment, tableIds } from '../../src/lib/urls/page-ids';

const contentDir = join(import.meta.dirname, '../../content');
const readYaml = <T>(file: string): T => parse(readFileSync(join(contentDir, file), 'utf8')) as T;

export interface SectionData {
  id: string;
  title?: string;
  order: number;
  summary: string;
  aliases?: string[];
}

/** The YAML frontmatter of an MDX file (the tests' own reading, independent of Astro's). */
const frontmatter = (source: string): unknown => parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(source.replace(/^\uFEFF/, ''))?.[1] ?? '');

/** Sections in reading order; the first is the untitled lede. */
export const sections: SectionData[] = readdirSync(join(contentDir, 'sections'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => frontmatter(readFileSync(join(contentDir, 'sections', name), 'utf8')) as SectionData)
  .sort((a, b) => a.order - b.order);

/** Sections with a heading (all but the lede). */
export const titledSections = sections.filter((s): s is SectionData & { title: string } => Boolean(s.title));

const articleYaml = readYaml<{
  title: string;
  description: string;
  siteName: string;
  updated: string;
  published?: string;
}>('article.yaml');
/** content/article.yaml, its days as dates (YAML 1.2 reads them as text). */
export const article = {
  ...articleYaml,
  updated: new Date(articleYaml.updated),
  published: articleYaml.published === undefined ? undefined : new Date(articleYaml.published),
};

export interface ContentTable {
  id: string;
  caption: string;
  rowIdPrefix: string;
  columns: { field: string; label: string; rowHeader?: boolean }[];
  rows: { id: string; order: number; [field: string]: string | number }[];
  diagram?: { centre: string; linkColumn: string };
}

/** Every table in content/tables/, its rows in order. */
export const tables: ContentTable[] = readdirSync(join(contentDir, 'tables'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => {
    const table = readYaml<Omit<ContentTable, 'id'>>(join('tables', name));
    return { ...table, id: name.replace(/\.yaml$/, ''), rows: [...table.rows].sort((a, b) => a.order - b.order) };
  });

/** The article's one table: how Iran, Israel and Iraq relate to Iraq. */
export const actorTable = tables.find((t) => t.id === 'actor-relations')!;
export const actors = actorTable.rows;

/** "At a glance": the points as content/at-a-glance.yaml lists them. */
export const glance = readYaml<{ points: { section: string; text: string }[] }>('at-a-glance.yaml').points;

/** Each translation's folder under content/: those holding an edition.yaml, by name (the site's own rule). */
const translationFolders = readdirSync(contentDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(contentDir, entry.name, 'edition.yaml')))
  .map((entry) => entry.name)
  .sort();

/** The original's language, as content/edition.yaml states it. */
export const originalLanguage = readYaml<{ language: string }>('edition.yaml').language;

/** Every edition's language, the original first: also each translation's folder name. */
export const editionFolders: string[] = [originalLanguage, ...translationFolders];

/** Each edition's path under the base: "" for the original, "<lang>/" for each translation. */
export const editionPaths: string[] = ['', ...translationFolders.map((name) => `${name}/`)];

/**
 * Every id a reader may link to on the article page, the same in every edition: each section and
 * its older ids, each table, its diagram, downloads and rows.
 */
export const linkableIds: string[] = [
  ...sections.flatMap((section) => [section.id, ...(section.aliases ?? [])]),
  ...tables.flatMap((table) => {
    const ids = tableIds(table.id);
    return [ids.table, ids.diagram, ids.downloads, ...table.rows.map((row) => rowFragment(table.rowIdPrefix, row.id))];
  }),
];

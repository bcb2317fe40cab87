import { getCollection, type CollectionEntry } from 'astro:content';
import { assertNoProblems, checkRowOrder, checkSections, type SectionFacts } from './integrity';

export type Section = CollectionEntry<'sections'>;
export type Actor = CollectionEntry<'actors'>['data'];
export type TableSpec = CollectionEntry<'tables'>['data'];

/** A section with a heading: every section but the lede. */
export interface HeadedSection {
  id: string;
  title: string;
  summary: string;
}

export interface Article {
  meta: CollectionEntry<'article'>['data'];
  /** Sections in reading order; the first is the untitled lede. */
  sections: Section[];
  /** The headed sections in reading order: what the contents, share pages and previews list. */
  headed: HeadedSection[];
  /** Tables by id, each with its rows in order. */
  tables: Map<string, { spec: TableSpec; rows: Actor[] }>;
  /** Words in the article, for the reading-time estimate. */
  wordCount: number;
}

function sectionFacts(section: Section): SectionFacts {
  return {
    file: section.filePath ?? `content/sections (id "${section.id}")`,
    id: section.id,
    order: section.data.order,
    title: section.data.title,
    aliases: section.data.aliases,
    body: section.body ?? '',
  };
}

/** Counts words of prose, leaving out MDX tags and Markdown emphasis marks. */
export function countWords(markdown: string): number {
  return markdown
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

async function load(): Promise<Article> {
  const [[metaEntry], sectionEntries, tableEntries, actorEntries] = await Promise.all([
    getCollection('article'),
    getCollection('sections'),
    getCollection('tables'),
    getCollection('actors'),
  ]);
  if (!metaEntry) throw new Error('content/article.yaml: no row with id "article"');
  const actors = actorEntries.map((entry) => entry.data).sort((a, b) => a.order - b.order);
  const tables = new Map(tableEntries.map((entry) => [entry.id, { spec: entry.data, rows: actors }]));
  const actorsFile = actorEntries[0]?.filePath ?? 'content/actors.yaml';
  const rowFragments = tableEntries.flatMap((t) => actors.map((a) => ({ fragment: t.data.rowIdPrefix + a.id, file: actorsFile })));

  assertNoProblems([
    ...checkSections(sectionEntries.map(sectionFacts), new Set(tables.keys()), rowFragments),
    ...checkRowOrder(actorsFile, actors),
  ]);

  const sections = [...sectionEntries].sort((a, b) => a.data.order - b.data.order);
  return {
    meta: metaEntry.data,
    sections,
    headed: sections.flatMap(({ id, data: { title, summary } }) => (title ? [{ id, title, summary }] : [])),
    tables,
    wordCount: sections.reduce((sum, s) => sum + countWords(s.body ?? ''), 0),
  };
}

let cached: Promise<Article> | undefined;

/**
 * The whole article, checked against the integrity rules once per build. The dev server loads
 * it afresh on every request, so an editor sees each change to content/ at once.
 */
export function getArticle(): Promise<Article> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

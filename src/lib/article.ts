import { getCollection, type CollectionEntry } from 'astro:content';
import { textDirection, uiStrings, type UiStrings } from '../i18n';
import {
  assertNoProblems,
  checkGlance,
  checkIdClaims,
  checkSections,
  ContentError,
  findExcerpt,
  plainText,
  type IdClaim,
  type SectionFacts,
} from './integrity';
import { CONTENT_PROBLEM_ID, type ContentProblem } from './loaders';
import { PAGE_IDS, rowFragment, tableIds } from './page-ids';

export type Section = CollectionEntry<'sections'>;
type TableEntry = CollectionEntry<'tables'>;

/** One row of a table: its id, its position and one cell per column field. */
export type TableRow = TableEntry['data']['rows'][number];

/** A table from content/tables/, its rows in order: what the table, the diagram and the downloads read. */
export interface Table extends Omit<TableEntry['data'], 'rows'> {
  /** The file name without extension; `<Table id="…" />` names it. */
  id: string;
  /** Where it is written, for messages. */
  file: string;
  rows: TableRow[];
}

/** A section with a heading: every section but the lede. */
export interface HeadedSection {
  id: string;
  title: string;
  summary: string;
}

/** One "At a glance" point: the article's own words and the section they come from. */
export interface GlancePoint {
  text: string;
  section: HeadedSection;
}

export interface Article {
  meta: CollectionEntry<'article'>['data'];
  /** Sections in reading order; the first is the untitled lede. */
  sections: Section[];
  /** The headed sections in reading order: what the contents, share pages and previews list. */
  headed: HeadedSection[];
  /** Tables by id, each with its rows in order. */
  tables: Map<string, Table>;
  /** "At a glance": the points in the article's order. */
  glance: GlancePoint[];
  /** Words in the article, for the reading-time estimate. */
  wordCount: number;
  /** The writing direction of the article's language (or the one content states). */
  dir: 'ltr' | 'rtl';
  /** The interface's words in the article's language. */
  ui: UiStrings;
}

/** Counts words of prose as a reader sees it (plainText: no MDX tags or Markdown marks). */
export function countWords(markdown: string): number {
  return plainText(markdown)
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** In `astro dev`, a strict loader keeps invalid content as a placeholder entry: show its error. */
function throwKeptProblem(entries: { id: string; data: unknown }[]): void {
  const problem = entries.find((entry) => entry.id === CONTENT_PROBLEM_ID);
  if (problem) throw new ContentError((problem.data as ContentProblem).message);
}

function sectionFacts(section: Section): SectionFacts {
  return {
    file: section.filePath ?? `content/sections (id "${section.id}")`,
    id: section.id,
    order: section.data.order,
    title: section.data.title,
    body: section.body ?? '',
  };
}

/** Every id the page will carry, with who sets it. */
function idClaims(sections: Section[], tables: Table[]): IdClaim[] {
  return [
    ...Object.values(PAGE_IDS).map((id) => ({ id, file: 'src/lib/page-ids.ts', field: 'PAGE_IDS' })),
    ...sections.flatMap((s) => {
      const file = sectionFacts(s).file;
      return [{ id: s.id, file, field: 'id' }, ...s.data.aliases.map((id) => ({ id, file, field: 'aliases' }))];
    }),
    ...tables.flatMap((t) => [
      ...Object.values(tableIds(t.id)).map((id) => ({ id, file: t.file, field: 'the table id (its file name)' })),
      ...t.rows.map((r) => ({ id: rowFragment(t.rowIdPrefix, r.id), file: t.file, field: 'rowIdPrefix + rows.id' })),
    ]),
  ];
}

async function load(): Promise<Article> {
  const [articleEntries, sectionEntries, tableEntries, glanceEntries] = await Promise.all([
    getCollection('article'),
    getCollection('sections'),
    getCollection('tables'),
    getCollection('atAGlance'),
  ]);
  for (const entries of [articleEntries, sectionEntries, tableEntries, glanceEntries]) throwKeptProblem(entries);
  const metaEntry = articleEntries[0];
  if (!metaEntry) throw new ContentError('content/article.yaml: the file is missing');

  const tables = tableEntries.map((entry): Table => ({
    ...entry.data,
    id: entry.id,
    file: entry.filePath ?? `content/tables/${entry.id}.yaml`,
    rows: [...entry.data.rows].sort((a, b) => a.order - b.order),
  }));
  const sections = [...sectionEntries].sort((a, b) => a.data.order - b.data.order);
  const facts = sections.map(sectionFacts);
  const glanceEntry = glanceEntries[0];
  const glanceFile = glanceEntry?.filePath ?? 'content/at-a-glance.yaml';
  const points = glanceEntry?.data.points ?? [];
  assertNoProblems([
    ...checkSections(facts, new Set(tables.map((t) => t.id)), new Set(tables.filter((t) => t.diagram).map((t) => t.id))),
    ...checkIdClaims(idClaims(sections, tables)),
    ...checkGlance(glanceFile, points, facts),
  ]);
  const headed = sections.flatMap(({ id, data: { title, summary } }) => (title ? [{ id, title, summary }] : []));
  // In the article's order: by section, then by where in the section the words stand.
  const glance = points
    .map((point) => {
      const index = sections.findIndex((s) => s.id === point.section);
      return { point, index, at: findExcerpt(sections[index]!.body ?? '', point.text).at };
    })
    .sort((a, b) => a.index - b.index || a.at - b.at)
    .map(({ point }) => ({ text: point.text, section: headed.find((h) => h.id === point.section)! }));

  return {
    meta: metaEntry.data,
    sections,
    headed,
    tables: new Map(tables.map((t) => [t.id, t])),
    glance,
    wordCount: sections.reduce((sum, s) => sum + countWords(s.body ?? ''), 0),
    dir: textDirection(metaEntry.data.language, metaEntry.data.direction),
    ui: uiStrings(metaEntry.data.language),
  };
}

/** One static path per table, `{ table: id }`: the data downloads' routes (src/pages/data/). */
export async function tablePaths(): Promise<{ params: { table: string } }[]> {
  const { tables } = await getArticle();
  return [...tables.keys()].map((table) => ({ params: { table } }));
}

let cached: Promise<Article> | undefined;

/**
 * The whole article, checked against the integrity rules once per build. The dev server loads
 * it afresh on every request, so an editor sees each change to content/ (and each error) at once.
 */
export function getArticle(): Promise<Article> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

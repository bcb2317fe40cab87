import { sectionDoc } from './section-doc';

/**
 * Content rules that Astro does not enforce by itself. Each check returns messages that name the
 * file and the field, so an editor knows exactly what to fix; `assertNoProblems` stops the build.
 */

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Throws one ContentError listing every problem, so an editor sees them all in one build. */
export function assertNoProblems(problems: string[]): void {
  if (problems.length > 0) {
    throw new ContentError(`Content is invalid; the site was not built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Values seen more than once, each with every item it was seen in. */
function duplicates<T>(items: T[], key: (item: T) => string | number): Map<string | number, T[]> {
  const seen = new Map<string | number, T[]>();
  for (const item of items) {
    const k = key(item);
    seen.set(k, [...(seen.get(k) ?? []), item]);
  }
  return new Map([...seen].filter(([, group]) => group.length > 1));
}

/** A table as its file holds it (content/tables/<id>.yaml), before any rule is known to hold. */
export interface TableFile {
  columns: { field: string; label: string; rowHeader?: boolean }[];
  rows: ({ id: string; order: number } & Record<string, unknown>)[];
  diagram?: { centre: string; linkColumn: string } | undefined;
}

/** A problem in one table file: the path of the field (as zod reports it) and what is wrong. */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

/** Fields of a row that are its own bookkeeping, not cells. */
const ROW_KEYS = new Set(['id', 'order']);

/** The table's rows and columns fit together: the rules an editor adding a table must meet. */
export function checkTable({ columns, rows, diagram }: TableFile): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const fields = new Set(columns.map((c) => c.field));
  const headers = columns.filter((c) => c.rowHeader).length;
  if (headers !== 1) {
    problems.push({ path: ['columns'], message: `exactly one column needs "rowHeader: true" (found ${headers})` });
  }
  columns.forEach((column, index) => {
    if (ROW_KEYS.has(column.field)) {
      problems.push({ path: ['columns', index, 'field'], message: `"${column.field}" is the row's own key, not a cell` });
    } else if (!rows.some((row) => column.field in row)) {
      problems.push({ path: ['columns', index, 'field'], message: `"${column.field}" is a field that no row has` });
    }
  });
  for (const [field, group] of duplicates(columns, (c) => c.field)) {
    problems.push({ path: ['columns', columns.indexOf(group[1]!), 'field'], message: `"${field}" is shown by more than one column` });
  }
  rows.forEach((row, index) => {
    for (const column of columns) {
      if (ROW_KEYS.has(column.field)) continue;
      const value = row[column.field];
      if (value === undefined) {
        problems.push({ path: ['rows', index, column.field], message: `is missing (column "${column.label}")` });
      } else if (String(value).trim() === '') {
        problems.push({ path: ['rows', index, column.field], message: `is empty (column "${column.label}")` });
      }
    }
    for (const key of Object.keys(row)) {
      if (!ROW_KEYS.has(key) && !fields.has(key)) {
        problems.push({ path: ['rows', index, key], message: 'is not shown by any column: add a column for it or remove it' });
      }
    }
  });
  for (const key of ['id', 'order'] as const) {
    for (const [value, group] of duplicates(rows, (r) => r[key])) {
      const numbers = group.map((r) => rows.indexOf(r) + 1).join(' and ');
      problems.push({ path: ['rows', rows.indexOf(group[1]!), key], message: `value ${JSON.stringify(value)} is used by rows ${numbers}` });
    }
  }
  if (diagram) {
    if (!rows.some((r) => r.id === diagram.centre)) {
      problems.push({ path: ['diagram', 'centre'], message: `"${diagram.centre}" names no row of this table` });
    }
    const link = columns.find((c) => c.field === diagram.linkColumn);
    if (!link || link.rowHeader) {
      problems.push({ path: ['diagram', 'linkColumn'], message: `"${diagram.linkColumn}" names no column (other than the row header)` });
    }
    if (rows.length < 2 || rows.length > 5) {
      problems.push({ path: ['diagram'], message: `a diagram shows 2 to 5 rows; this table has ${rows.length}` });
    }
  }
  return problems;
}

/** What the integrity rules need to know of one section. */
export interface SectionFacts {
  file: string;
  id: string;
  order: number;
  title?: string | undefined;
  body: string;
}

/** Tables a section body places, as `<Table id="…" />` or `<Diagram table="…" />` (read by the MDX parser). */
export function tableReferences(body: string): { tag: string; table: string }[] {
  return sectionDoc(body).references.map(({ tag, table }) => ({ tag, table }));
}

/**
 * Rules across sections: unique order, a non-empty body, a title on every section but the
 * untitled lede (the first one), and tables that exist (with a `diagram` field, for a diagram).
 */
export function checkSections(sections: SectionFacts[], tableIds: Set<string>, diagramTableIds: Set<string> = new Set()): string[] {
  const problems: string[] = [];
  if (sections.length === 0) return ['content/sections: no section files found'];
  for (const [order, group] of duplicates(sections, (s) => s.order)) {
    problems.push(`${group.map((s) => s.file).join(' and ')}: field "order" value ${order} is used more than once`);
  }
  const first = Math.min(...sections.map((s) => s.order));
  for (const s of sections) {
    if (sectionDoc(s.body).blocks.length === 0) {
      problems.push(`${s.file}: the section body is empty`);
    }
    if (!s.title && s.order !== first) {
      problems.push(`${s.file}: field "title" is required (only the first section, the lede, may omit it)`);
    }
    for (const { tag, table } of tableReferences(s.body)) {
      if (!tableIds.has(table)) problems.push(`${s.file}: ${tag} names no table in content/tables/`);
      else if (tag.startsWith('<Diagram') && !diagramTableIds.has(table)) {
        problems.push(`${s.file}: ${tag} names a table without a "diagram" field in content/tables/${table}.yaml`);
      }
    }
  }
  return problems;
}

/** One id that something puts on the article page, and who puts it there. */
export interface IdClaim {
  id: string;
  /** The content file (or the source file, for the page's own ids) that sets it. */
  file: string;
  /** The field whose value becomes the id, e.g. "id", "aliases", "rowIdPrefix + rows.id". */
  field: string;
}

/** Every id on the page is set once: sections, aliases, tables, rows and the page's own ids. */
export function checkIdClaims(claims: IdClaim[]): string[] {
  return [...duplicates(claims, (c) => c.id)].map(([id, group]) => {
    // Blame content before the page's own source, so the message names the file to fix.
    const blamed = group.find((c) => c.file.startsWith('content/')) ?? group[0]!;
    const others = group.filter((c) => c !== blamed).map((c) => `${c.field} in ${c.file}`);
    return `${blamed.file}: field "${blamed.field}" value "${id}" is an id already used on the page by ${others.join(', ')}`;
  });
}

/** A section's text as a reader sees it: no component tags, emphasis marks or list markers, white space collapsed. */
export const plainText = (markdown: string): string => sectionDoc(markdown).text;

/** Where an excerpt stands in a section as a reader sees it: the section's text, the excerpt (spaces collapsed) and its index, -1 when absent. */
export function findExcerpt(sectionBody: string, excerpt: string): { body: string; text: string; at: number } {
  const body = plainText(sectionBody);
  const text = excerpt.replace(/\s+/g, ' ').trim();
  return { body, text, at: body.indexOf(text) };
}

/** An "At a glance" point as its file holds it. */
export interface GlanceEntry {
  section: string;
  text: string;
}

/** The fewest words an excerpt that is not a whole sentence may have. */
const MIN_EXCERPT_WORDS = 6;

/**
 * Each point is the article's own words: its section exists and has a heading to link to, and
 * its text is found exactly in that section, as a whole sentence or a run of 6 words or more.
 */
export function checkGlance(file: string, points: GlanceEntry[], sections: SectionFacts[]): string[] {
  const problems: string[] = [];
  points.forEach((point, index) => {
    const where = `${file}: field "points.${index}`;
    const section = sections.find((s) => s.id === point.section);
    if (!section) return void problems.push(`${where}.section" value "${point.section}" names no section`);
    if (!section.title)
      return void problems.push(`${where}.section" value "${point.section}" is the lede, which has no heading to link to`);
    const { body, text, at } = findExcerpt(section.body, point.text);
    if (at === -1) return void problems.push(`${where}.text" is not found word for word in ${section.file}`);
    const wholeSentence = (at === 0 || /[.!?:]\s$/.test(body.slice(0, at))) && /[.!?]$/.test(text);
    if (!wholeSentence && text.split(' ').length < MIN_EXCERPT_WORDS) {
      problems.push(`${where}.text" is neither a whole sentence nor a run of ${MIN_EXCERPT_WORDS} words or more`);
    }
  });
  return problems;
}

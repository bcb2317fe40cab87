/**
 * How a translation follows the original: each translated section and table records a hash of
 * the original text it was made from. While the hash is current the translation must match the
 * original block for block (and use the glossary's forms); once the original changes, the page
 * says so in that section only, and `npm run translations` shows the translator what changed.
 * Imported by scripts/translations.ts too, so it names its imports with their extensions.
 */
import { createHash } from 'node:crypto';
import type { Block, SectionDoc } from './section-doc.ts';

/** How a translated section or table stands against the original. */
export type TranslationState = 'current' | 'outdated' | 'missing';

/** The first 12 hex digits of SHA-256: enough to tell versions of one section apart. */
const shortHash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

/** The original section as the build reads it: heading, summary and blocks (not its MDX layout). */
export const sectionSourceHash = ({ title, summary, doc }: { title?: string | undefined; summary: string; doc: SectionDoc }): string =>
  shortHash([title ?? '', summary, doc.blocks]);

/**
 * A table's words, in page order: what a translation renders, what its hash covers, and what the
 * downloads write (src/lib/content/article.ts's `Table` fits).
 */
export interface TableWords {
  caption: string;
  columns: { field: string; label: string }[];
  rows: { id: string; [field: string]: unknown }[];
}

/** The original table as the build reads it: caption, column labels and cells, rows in order. */
export const tableSourceHash = ({ caption, columns, rows }: TableWords): string =>
  shortHash([caption, columns.map((c) => [c.field, c.label]), rows.map((r) => [r.id, ...columns.map((c) => String(r[c.field] ?? ''))])]);

const KIND_NAMES: Record<Block['kind'], string> = { paragraph: 'paragraph', item: 'list item', heading: 'heading', component: 'component' };

/** "3 paragraphs" / "1 list item". */
const count = (n: number, kind: Block['kind']) => `${n} ${KIND_NAMES[kind]}${n === 1 ? '' : 's'}`;

const describe = (block: Block): string =>
  block.kind === 'component'
    ? block.tag
    : block.kind === 'item' && block.label === undefined
      ? 'a list item without a bold label'
      : `a ${KIND_NAMES[block.kind]}`;

/**
 * A current translation has the original's shape: as many paragraphs, list items and headings,
 * the same components in the same places, a label on each item that has one, and a heading
 * exactly when the original has one. Messages name the translation's file and what is missing
 * or extra.
 */
export function checkSectionShape(
  file: string,
  original: { file: string; title?: string | undefined; doc: SectionDoc },
  translation: { title?: string | undefined; doc: SectionDoc },
): string[] {
  const problems: string[] = [];
  if (!original.title !== !translation.title) {
    problems.push(
      `${file}: field "title" ${original.title ? 'is missing' : 'is extra'}: ${original.file} ${original.title ? 'has' : 'has no'} heading`,
    );
  }
  const a = original.doc.blocks;
  const b = translation.doc.blocks;
  for (const kind of ['paragraph', 'item', 'heading', 'component'] as const) {
    const want = a.filter((x) => x.kind === kind).length;
    const have = b.filter((x) => x.kind === kind).length;
    if (want !== have) {
      const what = have < want ? `${count(want - have, kind)} missing` : `${count(have - want, kind)} extra`;
      problems.push(`${file}: ${count(have, kind)} where ${original.file} has ${want}: ${what}`);
    }
  }
  if (problems.length === 0) {
    const at = a.findIndex((block, i) => {
      const other = b[i]!;
      if (block.kind !== other.kind) return true;
      if (block.kind === 'component') return other.kind === 'component' && block.tag !== other.tag;
      return block.kind === 'item' && other.kind === 'item' && (block.label === undefined) !== (other.label === undefined);
    });
    if (at !== -1) problems.push(`${file}: block ${at + 1} is ${describe(b[at]!)} where ${original.file} has ${describe(a[at]!)}`);
  }
  return problems;
}

/** The rows and columns a translated table gives words for, against the original's. */
export function checkTableShape(
  file: string,
  original: { file: string; columns: { field: string }[]; rows: { id: string }[] },
  translation: { columns: Record<string, string>; rows: Record<string, Record<string, unknown>> },
): string[] {
  const problems: string[] = [];
  const fields = original.columns.map((c) => c.field);
  const ids = original.rows.map((r) => r.id);
  const compare = (what: string, want: string[], have: string[]) => {
    for (const key of want.filter((k) => !have.includes(k)))
      problems.push(`${file}: ${what} "${key}" is missing (${original.file} has it)`);
    for (const key of have.filter((k) => !want.includes(k)))
      problems.push(`${file}: ${what} "${key}" is extra (${original.file} has no such)`);
  };
  compare('field "columns":', fields, Object.keys(translation.columns));
  compare('field "rows": row', ids, Object.keys(translation.rows));
  for (const id of ids.filter((i) => i in translation.rows)) compare(`field "rows.${id}":`, fields, Object.keys(translation.rows[id]!));
  return problems;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word match of a term as the original writes it ("Iran" in "Iran-backed", not in "Iranian"). */
const wholeWord = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'u');

/**
 * A glossary form as the translation may write it: prefixes may attach (Arabic و or ال), and a
 * final ta marbuta (ة) becomes ت before a suffix (سيادة, سيادته: "its sovereignty").
 */
const formPattern = (form: string) => new RegExp(escapeRegExp(form).replace(/ة$/u, '(?:ة|ت\\p{L})'), 'u');

/** One glossary term: the form the original writes and the one the translation uses. */
export interface GlossaryTerm {
  original: string;
  translation: string;
}

/**
 * Names and terms in one established form: where the original's text says a glossary term, the
 * translation's says the glossary's form of it.
 */
export function checkGlossary(file: string, glossary: { file: string; terms: GlossaryTerm[] }, original: string, translation: string): string[] {
  return glossary.terms
    .filter((term) => wholeWord(term.original).test(original) && !formPattern(term.translation).test(translation))
    .map((term) => `${file}: the original says "${term.original}", but not the form ${glossary.file} gives it: "${term.translation}"`);
}

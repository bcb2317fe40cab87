/**
 * A table as data, for readers who take it to a spreadsheet or a program: the same header
 * labels, rows and cells the page shows, as CSV (RFC 4180) and as JSON.
 */
import { stringify } from 'csv-stringify/sync';
import { isoDay } from '../../i18n';
import type { TableWords } from '../content/translation';

/** A cell as the page shows it: the table, the diagram and the downloads all read cells this way. */
export const cellText = (row: Record<string, unknown>, field: string): string => String(row[field] ?? '');

/**
 * RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a
 * line break (quotes doubled), a header row of the column labels, the rows in page order.
 * UTF-8; a table with any letter beyond ASCII (a translation's) starts with a byte-order
 * mark, without which Excel opens a double-clicked file in the machine's legacy code page and
 * shows Arabic or Persian as mojibake. An ASCII table stays exactly its cells.
 */
export function tableCsv(table: TableWords): string {
  const csv = stringify([table.columns.map((c) => c.label), ...table.rows.map((row) => table.columns.map((c) => cellText(row, c.field)))], {
    record_delimiter: 'windows',
  });
  return /[^\x00-\x7f]/.test(csv) ? `\uFEFF${csv}` : csv;
}

export interface TableJson {
  caption: string;
  /** The article the table belongs to (its canonical URL). */
  source: string;
  /** The day the content last changed, YYYY-MM-DD. */
  updated: string;
  /** The language of the words (BCP 47). */
  language: string;
  columns: { field: string; label: string }[];
  rows: ({ id: string } & Record<string, string>)[];
}

/** The table as JSON: caption, where it comes from, when it changed, the columns and one object per row. */
export function tableJson(table: TableWords, source: string, updated: Date, language: string): TableJson {
  return {
    caption: table.caption,
    source,
    updated: isoDay(updated),
    language,
    columns: table.columns.map(({ field, label }) => ({ field, label })),
    rows: table.rows.map((row) => ({ id: row.id, ...Object.fromEntries(table.columns.map((c) => [c.field, cellText(row, c.field)])) })),
  };
}

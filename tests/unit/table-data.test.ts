import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { TableWords } from '../../src/lib/content/translation';
import { tableCsv, tableJson } from '../../src/lib/reuse/table-data';
import { article, tables } from '../support/content';

/** An invented table whose cells hold everything CSV must quote: a comma, a quote, line breaks, leading spaces. */
const awkward: TableWords = {
  caption: 'A table, "awkward" on purpose',
  columns: [
    { field: 'name', label: 'Name, "quoted"' },
    { field: 'note', label: 'Note' },
    { field: 'count', label: 'Count' },
  ],
  rows: [
    { id: 'one', name: 'Comma, "quote"\nand a line break', note: '  leading spaces', count: 3 },
    { id: 'two', name: 'Plain', note: 'CR LF\r\ninside; “curly” ü', count: 0 },
  ],
};

// The tests' own YAML reading gives the day as written ("2026-11-26"), not a Date.
const updated = article.updated;

const expectedCells = (table: TableWords) => [
  table.columns.map((c) => c.label),
  ...table.rows.map((row) => table.columns.map((c) => String(row[c.field]))),
];

describe('table downloads', () => {
  for (const table of [...tables, awkward]) {
    const name = 'id' in table ? String(table.id) : 'the awkward fixture';

    it(`CSV of ${name} reads back cell for cell with a real parser`, () => {
      const csv = tableCsv(table);
      expect(parse(csv, { bom: true, relax_quotes: false })).toEqual(expectedCells(table));
    });

    it(`CSV of ${name} is RFC 4180: CRLF after every record, a BOM exactly when a letter is beyond ASCII (for Excel)`, () => {
      const csv = tableCsv(table);
      expect(csv.endsWith('\r\n')).toBe(true);
      const cells = expectedCells(table).flat().join('');
      expect(csv.charCodeAt(0) === 0xfeff).toBe(/[^\x00-\x7f]/.test(cells));
      // Every line feed outside quotes is preceded by a carriage return: strip quoted fields, then look.
      expect(csv.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[^\r]\n/);
    });

    it(`JSON of ${name} has caption, source, updated, language, columns and one object per row`, () => {
      const json = JSON.parse(JSON.stringify(tableJson(table, 'https://example.org/explainer/', updated, 'en')));
      expect(json).toEqual({
        caption: table.caption,
        source: 'https://example.org/explainer/',
        updated: article.updated.toISOString().slice(0, 10),
        language: 'en',
        columns: table.columns.map(({ field, label }) => ({ field, label })),
        rows: table.rows.map((row) => ({ id: row.id, ...Object.fromEntries(table.columns.map((c) => [c.field, String(row[c.field])])) })),
      });
    });
  }

  it('quotes only what needs it, doubling quotes', () => {
    const lines = tableCsv(awkward)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('"Name, ""quoted""",Note,Count');
    expect(tableCsv({ caption: 'c', columns: [{ field: 'a', label: 'A' }], rows: [{ id: 'x', a: 'plain' }] })).toBe('A\r\nplain\r\n');
  });
});

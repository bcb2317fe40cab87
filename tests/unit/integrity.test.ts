import { describe, expect, it } from 'vitest';
import {
  assertNoProblems,
  checkGlance,
  checkIdClaims,
  checkSections,
  checkTable,
  ContentError,
  plainText,
  tableReferences,
  type SectionFacts,
  type TableFile,
} from '../../src/lib/content/integrity';

const section = (over: Partial<SectionFacts>): SectionFacts => ({
  file: `content/sections/${over.id ?? 'a'}.mdx`,
  id: 'a',
  order: 1,
  title: 'A',
  body: 'Text.',
  ...over,
});

const table = (over: Partial<TableFile> = {}): TableFile => ({
  columns: [
    { field: 'name', label: 'Name', rowHeader: true },
    { field: 'note', label: 'Note' },
  ],
  rows: [
    { id: 'a', order: 1, name: 'A', note: 'first' },
    { id: 'b', order: 2, name: 'B', note: 'second' },
    { id: 'c', order: 3, name: 'C', note: 'third' },
  ],
  ...over,
});
const paths = (data: TableFile) => checkTable(data).map((p) => p.path.join('.'));

describe('checkTable', () => {
  it('accepts a well-formed table of any fields', () => expect(checkTable(table())).toEqual([]));
  it('wants exactly one row-header column', () => {
    expect(
      paths(
        table({
          columns: [
            { field: 'name', label: 'Name' },
            { field: 'note', label: 'Note' },
          ],
        }),
      ),
    ).toEqual(['columns']);
    const two = table({
      columns: [
        { field: 'name', label: 'Name', rowHeader: true },
        { field: 'note', label: 'Note', rowHeader: true },
      ],
    });
    expect(checkTable(two)[0]!.message).toMatch(/found 2/);
  });
  it('names a column whose field no row has', () => {
    const extra = table({ columns: [...table().columns, { field: 'size', label: 'Size' }] });
    expect(checkTable(extra)).toEqual([
      { path: ['columns', 2, 'field'], message: '"size" is a field that no row has' },
      ...['rows.0.size', 'rows.1.size', 'rows.2.size'].map(() => expect.objectContaining({ message: 'is missing (column "Size")' })),
    ]);
  });
  it('names a row missing a cell, an empty cell and a field no column shows', () => {
    const rows = table().rows.map((r) => ({ ...r }));
    delete rows[0]!.note;
    rows[1]!.note = '   ';
    rows[2]!.colour = 'red';
    expect(paths(table({ rows }))).toEqual(['rows.0.note', 'rows.1.note', 'rows.2.colour']);
  });
  it('names a repeated row id or order with the rows that share it', () => {
    const rows = table().rows.map((r) => ({ ...r }));
    rows[2]!.id = 'a';
    rows[1]!.order = 1;
    expect(checkTable(table({ rows }))).toEqual([
      { path: ['rows', 2, 'id'], message: 'value "a" is used by rows 1 and 3' },
      { path: ['rows', 1, 'order'], message: 'value 1 is used by rows 1 and 2' },
    ]);
  });
  it('checks a diagram names a row, a column other than the row header, and 2 to 5 rows', () => {
    expect(checkTable(table({ diagram: { centre: 'c', linkColumn: 'note' } }))).toEqual([]);
    expect(paths(table({ diagram: { centre: 'z', linkColumn: 'name' } }))).toEqual(['diagram.centre', 'diagram.linkColumn']);
    expect(paths(table({ rows: table().rows.slice(0, 1), diagram: { centre: 'a', linkColumn: 'note' } }))).toEqual(['diagram']);
  });
});

describe('checkSections', () => {
  const tables = new Set(['t']);
  const lede = section({ id: 'lede', order: 0, title: undefined });
  it('accepts a lede and titled sections', () => {
    expect(checkSections([lede, section({ id: 'a' }), section({ id: 'b', order: 2 })], tables)).toEqual([]);
  });
  it('rejects no sections at all', () => expect(checkSections([], tables)).toHaveLength(1));
  it('rejects a repeated order, naming both files', () => {
    const [problem] = checkSections([section({ id: 'a' }), section({ id: 'b' })], tables);
    expect(problem).toMatch(/a\.mdx and content\/sections\/b\.mdx: field "order" value 1/);
  });
  it('rejects an empty body, comments included', () => {
    expect(checkSections([section({ body: '\n  {/* later */}\n{/* <Table id="x" /> */}' })], tables)).toEqual([
      'content/sections/a.mdx: the section body is empty',
    ]);
  });
  it('allows only the first section to go without a title', () => {
    expect(checkSections([lede, section({ id: 'b', title: undefined })], tables)).toEqual([
      'content/sections/b.mdx: field "title" is required (only the first section, the lede, may omit it)',
    ]);
  });
  it('rejects a table or diagram that names no table, or a diagram of a table that declares none', () => {
    const body = 'x <Table id="nope" /> <Diagram table="t" /> <Diagram table="gone" /> <Diagram table="plain" />';
    expect(checkSections([section({ body })], new Set(['t', 'plain']), new Set(['t']))).toEqual([
      'content/sections/a.mdx: <Table id="nope" /> names no table in content/tables/',
      'content/sections/a.mdx: <Diagram table="gone" /> names no table in content/tables/',
      'content/sections/a.mdx: <Diagram table="plain" /> names a table without a "diagram" field in content/tables/plain.yaml',
    ]);
  });
});

describe('tableReferences', () => {
  it('finds each <Table id> and <Diagram table> in a body, in either quote style', () => {
    expect(tableReferences(`<Table id="a" />\ntext <Table class="x" id='b'/> <Diagram table="c" />`).map((r) => r.table)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('plainText', () => {
  it('reads MDX as a reader sees it: no tags, emphasis or list markers, spaces collapsed', () => {
    expect(plainText('Text with **bold:** and\n\n- **Label:** item\n\n<Table id="x" />\nend.')).toBe(
      'Text with bold: and Label: item end.',
    );
  });
});

describe('checkGlance', () => {
  const lede = section({ id: 'lede', order: 0, title: undefined, body: 'The lede says a thing in many words here.' });
  const body = section({ id: 'a', body: 'First sentence here. Second one says **much** more than six words in all. Short.' });
  const check = (points: { section: string; text: string }[]) => checkGlance('content/at-a-glance.yaml', points, [lede, body]);
  it('accepts whole sentences and runs of six words or more, found word for word', () => {
    expect(check([{ section: 'a', text: 'Second one says much more than six words in all.' }])).toEqual([]);
    expect(check([{ section: 'a', text: 'Short.' }])).toEqual([]);
    expect(check([{ section: 'a', text: 'says much more than six words' }])).toEqual([]);
  });
  it('names the field when a text is changed, too short, or the section is missing or the lede', () => {
    expect(
      check([
        { section: 'a', text: 'Second one says a lot more than six words in all.' },
        { section: 'a', text: 'much more than six' },
        { section: 'gone', text: 'First sentence here.' },
        { section: 'lede', text: 'The lede says a thing in many words here.' },
      ]),
    ).toEqual([
      'content/at-a-glance.yaml: field "points.0.text" is not found word for word in content/sections/a.mdx',
      'content/at-a-glance.yaml: field "points.1.text" is neither a whole sentence nor a run of 6 words or more',
      'content/at-a-glance.yaml: field "points.2.section" value "gone" names no section',
      'content/at-a-glance.yaml: field "points.3.section" value "lede" is the lede, which has no heading to link to',
    ]);
  });
});

describe('checkIdClaims', () => {
  const page = { id: 'main', file: 'src/lib/urls/page-ids.ts', field: 'PAGE_IDS' };
  it('accepts ids used once', () => expect(checkIdClaims([page, { id: 'a', file: 'content/sections/a.mdx', field: 'id' }])).toEqual([]));
  it('blames the content file, not the page, and names every other user', () => {
    expect(
      checkIdClaims([
        page,
        { id: 'main', file: 'content/sections/a.mdx', field: 'aliases' },
        { id: 'main', file: 'content/tables/t.yaml', field: 'rowIdPrefix + rows.id' },
      ]),
    ).toEqual([
      'content/sections/a.mdx: field "aliases" value "main" is an id already used on the page by PAGE_IDS in src/lib/urls/page-ids.ts, rowIdPrefix + rows.id in content/tables/t.yaml',
    ]);
  });
});

describe('assertNoProblems', () => {
  it('passes silently when there is nothing wrong', () => expect(() => assertNoProblems([])).not.toThrow());
  it('throws one ContentError listing every problem', () => {
    expect(() => assertNoProblems(['one', 'two'])).toThrow(ContentError);
    expect(() => assertNoProblems(['one', 'two'])).toThrow(/- one\n {2}- two/);
  });
});

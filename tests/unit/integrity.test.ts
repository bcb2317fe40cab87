import { describe, expect, it } from 'vitest';
import {
  assertNoProblems,
  checkDataRows,
  checkIds,
  checkRowOrder,
  checkSections,
  ContentError,
  tableReferences,
  type SectionFacts,
} from '../../src/lib/integrity';

const section = (over: Partial<SectionFacts>): SectionFacts => ({
  file: `content/sections/${over.id ?? 'a'}.mdx`,
  id: 'a',
  order: 1,
  title: 'A',
  aliases: [],
  body: 'Text.',
  ...over,
});

describe('checkIds', () => {
  it('accepts unique ids', () =>
    expect(
      checkIds([
        { where: 'x', id: 'a' },
        { where: 'y', id: 'b' },
      ]),
    ).toEqual([]));
  it('names where an id is missing or blank', () => {
    expect(
      checkIds([
        { where: 'f: row 1', id: undefined },
        { where: 'f: row 2', id: ' ' },
      ]),
    ).toEqual(['f: row 1: field "id" is missing or empty', 'f: row 2: field "id" is missing or empty']);
  });
  it('names every place a repeated id stands', () => {
    const [problem] = checkIds([
      { where: 'one.mdx', id: 'a' },
      { where: 'two.mdx', id: 'b' },
      { where: 'three.mdx', id: 'a' },
    ]);
    expect(problem).toContain('"a"');
    expect(problem).toContain('one.mdx and three.mdx');
  });
});

describe('checkDataRows', () => {
  it('wants a list', () => expect(checkDataRows('f.yaml', { id: 'a' })[0]).toMatch(/f\.yaml: must be a list/));
  it('wants mappings', () => expect(checkDataRows('f.yaml', ['a'])[0]).toMatch(/f\.yaml: row 1: must be a mapping/));
  it('numbers rows from 1 as an editor counts them', () => {
    expect(checkDataRows('f.yaml', [{ id: 'a' }, { name: 'b' }])).toEqual(['f.yaml: row 2: field "id" is missing or empty']);
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
    expect(checkSections([section({ body: '\n  {/* later */}\n<!-- x -->' })], tables)).toEqual([
      'content/sections/a.mdx: the section body is empty',
    ]);
  });
  it('allows only the first section to go without a title', () => {
    expect(checkSections([lede, section({ id: 'b', title: undefined })], tables)).toEqual([
      'content/sections/b.mdx: field "title" is required (only the first section, the lede, may omit it)',
    ]);
  });
  it('rejects a table reference that names no table', () => {
    expect(checkSections([section({ body: 'x <Table id="nope" />' })], tables)[0]).toMatch(/<Table id="nope" \/> names no table/);
  });
  it('rejects an alias that is another section id, another alias, or a table row id', () => {
    const a = section({ id: 'a', aliases: ['b'] });
    const b = section({ id: 'b', order: 2 });
    expect(checkSections([a, b], tables)[0]).toMatch(/a\.mdx: field "aliases" value "b" collides with id in content\/sections\/b\.mdx/);
    const c = section({ id: 'c', order: 3, aliases: ['old'] });
    const d = section({ id: 'd', order: 4, aliases: ['old'] });
    expect(checkSections([c, d], tables)).toHaveLength(1);
    expect(
      checkSections([section({ aliases: ['actor-iran'] })], tables, [{ fragment: 'actor-iran', file: 'content/actors.yaml' }])[0],
    ).toMatch(/collides with id in content\/actors\.yaml/);
  });
});

describe('tableReferences', () => {
  it('finds each <Table id> in a body, in either quote style', () => {
    expect(tableReferences(`<Table id="a" />\ntext <Table class="x" id='b'/>`)).toEqual(['a', 'b']);
  });
});

describe('checkRowOrder', () => {
  it('rejects rows sharing an order', () => {
    expect(
      checkRowOrder('f.yaml', [
        { id: 'x', order: 1 },
        { id: 'y', order: 1 },
      ]),
    ).toEqual(['f.yaml: field "order" value 1 is used by rows "x" and "y"']);
  });
});

describe('assertNoProblems', () => {
  it('passes silently when there is nothing wrong', () => expect(() => assertNoProblems([])).not.toThrow());
  it('throws one ContentError listing every problem', () => {
    expect(() => assertNoProblems(['one', 'two'])).toThrow(ContentError);
    expect(() => assertNoProblems(['one', 'two'])).toThrow(/- one\n {2}- two/);
  });
});

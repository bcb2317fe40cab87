import { describe, expect, it } from 'vitest';
import { readingMinutes, sectionDoc } from '../../src/lib/content/section-doc';
import { checkSections, plainText, tableReferences } from '../../src/lib/content/integrity';

describe('a section read by the MDX parser', () => {
  const body = [
    'A paragraph with **bold**, _emphasis_, `inline code` and a [link](https://example.org).',
    '',
    '{/* <Table id="old" /> */}',
    '',
    '1. **First:** an ordered item.',
    '2. A second item without a label.',
    '',
    '- **Label:** explanation.',
    '',
    '<Table id={"new"} />',
    '',
    "<Diagram table='new' />",
  ].join('\n');
  const doc = sectionDoc(body);

  it('sees paragraphs, list items (ordered too) with their labels, and the components placed', () => {
    expect(doc.blocks).toEqual([
      { kind: 'paragraph', text: 'A paragraph with bold, emphasis, inline code and a link.' },
      { kind: 'item', text: 'First: an ordered item.', label: 'First:' },
      { kind: 'item', text: 'A second item without a label.' },
      { kind: 'item', text: 'Label: explanation.', label: 'Label:' },
      { kind: 'component', component: 'Table', table: 'new', tag: '<Table id="new" />' },
      { kind: 'component', component: 'Diagram', table: 'new', tag: '<Diagram table="new" />' },
    ]);
  });

  it('places no table from a comment, and reads id={"x"} as "x"', () => {
    expect(tableReferences(body).map((r) => r.table)).toEqual(['new', 'new']);
  });

  it('reads the text a reader reads, and counts its words: no tags or marks', () => {
    expect(plainText(body)).toBe(
      'A paragraph with bold, emphasis, inline code and a link. First: an ordered item. A second item without a label. Label: explanation.',
    );
    // 10 + 4 + 6 + 2, counted by hand.
    expect(doc.words).toBe(22);
  });

  it('finds a body of comments alone empty', () => {
    const facts = { file: 'content/sections/a.mdx', id: 'a', order: 1, title: 'A', body: '{/* nothing yet */}\n' };
    expect(checkSections([facts], new Set())).toEqual(['content/sections/a.mdx: the section body is empty']);
  });
});

describe('the reading time', () => {
  it('is whole minutes at the rate, to the nearest minute', () => {
    // 1,150 words at 230 a minute: 5 minutes; a minute and a half rounds up, a minute and 0.4 down.
    expect([readingMinutes(1150, 230), readingMinutes(345, 230), readingMinutes(322, 230)]).toEqual([5, 2, 1]);
  });

  it('is never under a minute, however short', () => {
    expect([readingMinutes(0, 200), readingMinutes(40, 200)]).toEqual([1, 1]);
  });
});

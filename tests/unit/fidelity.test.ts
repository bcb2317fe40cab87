/** The fidelity checker's own rules, on the reference text (the built page is tested in tests/build/fidelity.test.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorFixes, expectedBlocks, fidelityProblems, fixedReference, normalise } from '../support/fidelity';

const reference = readFileSync(new URL('../fixtures/article.txt', import.meta.url), 'utf8');

describe('the editor’s fixes', () => {
  it('each change one place of the source, to something the source does not already say', () => {
    for (const [before, after] of editorFixes) {
      expect(reference.split(before).length - 1, before).toBe(1);
      expect(reference.includes(after), after).toBe(false);
    }
    expect(() => fixedReference(reference)).not.toThrow();
  });

  it('are the only changes: the fixed text differs from the source in exactly those places', () => {
    let restored = fixedReference(reference);
    for (const [before, after] of editorFixes) restored = restored.replace(after, before);
    expect(restored).toBe(reference);
  });
});

describe('normalise', () => {
  it('keeps case and every word boundary; makes only quote marks and runs of white space plain', () => {
    expect(normalise(' Iraq’s  “calls”\n for ')).toBe(`Iraq's "calls" for`);
    expect(normalise('Recent calls')).not.toBe(normalise('recent calls'));
    expect(normalise('Stability: Iraq')).not.toBe(normalise('Stability:Iraq'));
  });
});

describe('expectedBlocks', () => {
  const blocks = expectedBlocks(reference, 0);
  it('reads paragraphs, list items, headings and the table from the reference', () => {
    const kinds = new Set(blocks.map((b) => b.kind));
    expect([...kinds].sort()).toEqual(['h2', 'li', 'p', 'td', 'th']);
    // The first row names the columns; later rows each start with their row header.
    const firstCell = blocks.findIndex((b) => b.kind === 'th');
    expect(blocks.slice(firstCell, firstCell + 5).map((b) => b.kind)).toEqual(['th', 'th', 'th', 'th', 'td']);
  });
  it('splits the lede in two paragraphs before any heading', () => {
    expect(blocks.slice(0, 3).map((b) => b.kind)).toEqual(['p', 'p', 'h2']);
  });
});

describe('fidelityProblems', () => {
  const blocks = expectedBlocks(reference, 0);
  it('finds nothing wrong with the blocks themselves', () => expect(fidelityProblems(blocks, blocks)).toEqual([]));
  it('names a dropped, an added and a changed block', () => {
    const changed = blocks.map((b, i) => (i === 4 ? { ...b, text: `${b.text} More.` } : b));
    changed.splice(2, 1);
    changed.push({ kind: 'p', text: 'Invented.' });
    const problems = fidelityProblems(blocks, changed);
    expect(problems).toContain(`in the article, not on the page: h2: ${blocks[2]!.text}`);
    expect(problems).toContain(`on the page, not in the article: p: Invented.`);
    expect(problems.filter((p) => p.includes(blocks[4]!.text))).toHaveLength(2);
  });
  it('tells two blocks in the wrong order', () => {
    const swapped = [blocks[1]!, blocks[0]!, ...blocks.slice(2)];
    expect(fidelityProblems(blocks, swapped)).toHaveLength(2);
  });
  it('tells a paragraph from a list item with the same words', () => {
    const relabelled = blocks.map((b, i) => (i === 0 ? { ...b, kind: 'li' } : b));
    expect(fidelityProblems(blocks, relabelled)).toHaveLength(2);
  });
});

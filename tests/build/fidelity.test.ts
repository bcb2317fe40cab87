/**
 * The fidelity check must fail when the page is wrong: each case takes the real built article
 * page (tests/.tmp/root/index.html), injects one fault, and expects the check to name it.
 * The same check runs on the served pages in tests/e2e/article.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorTable } from '../support/content';
import { readDist, requireBuild } from '../support/dist';
import { articleBlocks, expectedBlocks, fidelityProblems } from '../support/fidelity';

const reference = readFileSync(new URL('../fixtures/article.txt', import.meta.url), 'utf8');
const expected = expectedBlocks(
  reference,
  actorTable!.columns.findIndex((c) => c.rowHeader),
);

beforeAll(() => requireBuild());

/** The built page, with `fault` applied to its DOM, checked. */
function check(fault: (document: Document) => void = () => {}): string[] {
  const { document } = parseHTML(readDist('index.html').toString()) as unknown as { document: Document };
  fault(document);
  return fidelityProblems(expected, articleBlocks(document));
}

const prose = (d: Document) => [...d.querySelectorAll('main article .prose')];
const firstParagraph = (d: Document) => d.querySelector('main article .prose p')!;
/** Replaces `from` by `to` in the first text node under `root` that holds it. */
function replaceText(root: Element, from: string | RegExp, to: string): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!;
    if (typeof from === 'string' ? text.includes(from) : from.test(text)) {
      node.textContent = text.replace(from, to);
      return;
    }
  }
  throw new Error(`no text ${String(from)} to replace`);
}

describe('the fidelity check on the built article page', () => {
  it('passes the page as built (the control case)', () => expect(check()).toEqual([]));

  it('skips what is marked data-supplement: excerpts, diagrams, citation lines', () => {
    const problems = check((d) => {
      const supplement = d.createElement('section');
      supplement.setAttribute('data-supplement', '');
      supplement.innerHTML = `<h2>At a glance</h2><ul><li>${firstParagraph(d).textContent}</li></ul><p>Cite this explainer</p>`;
      firstParagraph(d).before(supplement);
    });
    expect(problems).toEqual([]);
  });

  const faults: [string, (d: Document) => void][] = [
    [
      'a sentence in capitals',
      (d) => {
        const p = firstParagraph(d);
        const first = p.textContent!.split('. ')[0]!;
        replaceText(p, first, first.toUpperCase());
      },
    ],
    ['the space after a list label lost', (d) => replaceText(d.querySelector('main article .prose li')!, /^\s+/, '')],
    ['"thier" left uncorrected', (d) => replaceText(d.querySelector('main article')!, /\btheir\b/, 'thier')],
    ['two words glued together', (d) => replaceText(firstParagraph(d), ' ', '')],
    [
      'a sentence added inside a paragraph',
      (d) => prose(d).at(-1)!.querySelector('p')!.append(' Iraq has since closed its border with Syria.'),
    ],
    ['a list item dropped', (d) => d.querySelector('main article .prose li:last-child')!.remove()],
    [
      'a table cell changed',
      (d) => {
        const [a, b] = [...d.querySelectorAll('main article td')];
        expect(a!.textContent).not.toBe(b!.textContent);
        a!.textContent = b!.textContent;
      },
    ],
    ['a paragraph dropped', (d) => prose(d).at(-1)!.querySelector('p')!.remove()],
    [
      'a heading changed in case',
      (d) => {
        const h2 = d.querySelector('main article .article-section h2')!;
        h2.textContent = h2.textContent!.charAt(0).toLowerCase() + h2.textContent!.slice(1);
      },
    ],
    ['words standing outside any block in the prose', (d) => prose(d)[0]!.append('An unattributed claim outside any paragraph.')],
    [
      'the lede run back into one paragraph',
      (d) => {
        const [one, two] = [...prose(d)[0]!.querySelectorAll('p')];
        one!.append(` ${two!.textContent}`);
        two!.remove();
      },
    ],
  ];

  it.each(faults)('fails on %s', (_, fault) => {
    expect(check(fault)).not.toEqual([]);
  });
});

/**
 * Fidelity: the article page shows the article (tests/fixtures/article.txt, a copy of the source)
 * block by block — each paragraph, list item, heading and table cell — exactly, but for the
 * editor's fixes listed below. Case counts; white space is collapsed, never deleted; only quote
 * marks are normalised (’ and ' are the same mark to a reader). A block that holds article text
 * holds nothing else, and no article text stands outside a block.
 */

/** One block of text as a reader meets it: its element and its words. */
export interface Block {
  /** p, li, h2 (a section heading), th (column or row header), td; "text" for words outside any block. */
  kind: string;
  text: string;
}

/**
 * The editor's no-questions fixes, each applied once to the reference: [before, after]. Each
 * `before` carries enough of its sentence to occur exactly once in the source; a test proves
 * each `after` is on the page and each `before` is not. "\n" starts a new block (the lede is
 * split in two paragraphs).
 */
export const editorFixes: [before: string, after: string][] = [
  // Lede: a capital, the missing space after a full stop, and the split into two paragraphs.
  ['influence of iranian proxy forces', 'influence of Iranian proxy forces'],
  ['broader geopolitical landscape. This article explores', 'broader geopolitical landscape.\nThis article explores'],
  ['regional stability and security.As Iraq seeks', 'regional stability and security. As Iraq seeks'],
  // Balancing act.
  ['neighbors. this includes fostering dialog', 'neighbors. This includes fostering dialog'],
  // Militias and security.
  ['Iraq’s sovereignty.These militias', 'Iraq’s sovereignty. These militias'],
  ['destabilize Iraq,especially as', 'destabilize Iraq, especially as'],
  ['recent calls for the militias', 'Recent calls for the militias'],
  ['international Relations: Strengthening', 'International Relations: Strengthening'],
  ['Domestic Cohesion: addressing public', 'Domestic Cohesion: Addressing public'],
  ['further complicating iraq’s efforts', 'further complicating Iraq’s efforts'],
  // Regional stability.
  ['in relation to thier posture', 'in relation to their posture'],
  // Recommendations.
  ['equipping iraqi forces', 'equipping Iraqi forces'],
  // International partnerships.
  ['international powers,creating', 'international powers, creating'],
  ['to bolster iraq’s negotiating power', 'to bolster Iraq’s negotiating power'],
  // Conclusions.
  ['Iran and israel, the path forward', 'Iran and Israel, the path forward'],
  ['in the Middle East. as the situation', 'in the Middle East. As the situation'],
];

/** White space collapsed (never deleted), quote marks made plain; nothing else changes. */
export function normalise(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The reference with the editor's fixes applied; throws if a fix no longer matches the source exactly once. */
export function fixedReference(reference: string): string {
  let text = reference;
  for (const [before, after] of editorFixes) {
    const count = text.split(before).length - 1;
    if (count !== 1) throw new Error(`Editor fix "${before}" → "${after}" matches the reference ${count} times, not once`);
    text = text.replace(before, after);
  }
  return text;
}

/**
 * The blocks the page must show, from the fixed reference: one line is one block. A line
 * starting "- " is a list item; a line with " | " a table row (the first row's cells are column
 * headers, the `rowHeaderColumn`'s cell of later rows a row header); a line that does not end
 * as a sentence does (. : ! ?) is a section heading; the rest are paragraphs.
 */
export function expectedBlocks(reference: string, rowHeaderColumn: number): Block[] {
  const blocks: Block[] = [];
  let tableRow = -1;
  for (const line of fixedReference(reference).split('\n')) {
    if (line.trim() === '' || /^-{3}\|/.test(line)) continue;
    if (line.includes(' | ')) {
      tableRow++;
      const cells = line
        .split('|')
        .map((cell) => cell.trim())
        .filter(Boolean);
      cells.forEach((text, i) => blocks.push({ kind: tableRow === 0 || i === rowHeaderColumn ? 'th' : 'td', text: normalise(text) }));
      continue;
    }
    tableRow = -1;
    if (line.startsWith('- ')) blocks.push({ kind: 'li', text: normalise(line.slice(2)) });
    else if (/[.:!?]\s*$/.test(line)) blocks.push({ kind: 'p', text: normalise(line) });
    else blocks.push({ kind: 'h2', text: normalise(line) });
  }
  return blocks;
}

/**
 * The article's blocks as the page has them, in document order: p, li, h2, th and td inside
 * `main article`, leaving out the article's own header (title and reading time), its contents
 * nav and anything marked `data-supplement` (excerpts, diagram, download and citation lines:
 * the site's words or repeats, not the article's body). Words in the article's prose that stand
 * in no block are returned too, as kind "text"; the table caption is the site's own words.
 *
 * Self-contained (no outside references), so Playwright can run it in the page as it is:
 * `page.evaluate(articleBlocks)`; Node passes a parsed document.
 */
// `void`: Playwright calls it with no argument.
export function articleBlocks(doc: Document | void): Block[] {
  const d = doc || document;
  const article = d.querySelector('main article');
  if (!article) return [{ kind: 'error', text: 'no <main> <article> on the page' }];
  const BLOCK = 'p, li, h2, th, td';
  const SKIP = 'nav, header, [data-supplement]';
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  const out: { kind: string; text: string; node: Node }[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 1) {
        const el = child as Element;
        if (el.matches(SKIP) || el.matches('caption, script, style, template')) continue;
        if (el.matches(BLOCK)) out.push({ kind: el.tagName.toLowerCase(), text: clean(el.textContent ?? ''), node: el });
        else walk(el);
      } else if (child.nodeType === 3 && clean(child.textContent ?? '') !== '' && (child.parentElement as Element).closest('.prose')) {
        out.push({ kind: 'text', text: clean(child.textContent ?? ''), node: child });
      }
    }
  };
  walk(article);
  return out.map(({ kind, text }) => ({ kind, text }));
}

/**
 * What differs between the expected and the actual blocks, one line each (empty when they are
 * the same): each block is compared whole, after `normalise`, through a longest common
 * subsequence, so a dropped, added or changed block is named where it stands.
 */
export function fidelityProblems(expected: Block[], actual: Block[]): string[] {
  const key = (b: Block) => `${b.kind}: ${normalise(b.text)}`;
  const a = expected.map(key);
  const b = actual.map(key);
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const problems: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!))
      problems.push(`on the page, not in the article: ${b[j++]}`);
    else problems.push(`in the article, not on the page: ${a[i++]}`);
  }
  return problems;
}

/** The page's blocks as one text, a line per block, for finding the editor's fixes. */
export const blocksText = (blocks: Block[]): string => blocks.map((b) => normalise(b.text)).join('\n');

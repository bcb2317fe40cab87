/**
 * The article's reference text (tests/fixtures/article.txt, a copy of the source) split into
 * the units a reader must find on the page, in order: sentences, headings, list items, cells.
 */

/**
 * Compares text the way an editor's allowed fixes leave it: case (sentence capitals), white
 * space (missing spaces after full stops, layout), and the listed spelling corrections.
 */
const spellingFixes: [RegExp, string][] = [[/\bthier\b/g, 'their']];

export function comparable(text: string): string {
  let out = text.toLowerCase();
  for (const [wrong, right] of spellingFixes) out = out.replace(wrong, right);
  return out.replace(/\s+/g, '');
}

/** Splits prose into sentences, including where the source lost the space ("security.As"). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[a-z][.!?])\s*(?=[A-Z])|(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function referenceUnits(reference: string): string[] {
  const units: string[] = [];
  for (const line of reference.split('\n')) {
    if (line.trim() === '' || /^-{3}\|/.test(line)) continue;
    if (line.includes(' | '))
      units.push(
        ...line
          .split('|')
          .map((cell) => cell.trim())
          .filter(Boolean),
      );
    else units.push(...sentences(line.replace(/^- /, '')));
  }
  return units;
}

/** The units of the reference not found on the page in order (empty when all are there). */
export function missingInOrder(units: string[], pageText: string): string[] {
  const page = comparable(pageText);
  const missing: string[] = [];
  let cursor = 0;
  for (const unit of units) {
    const at = page.indexOf(comparable(unit), cursor);
    if (at === -1) missing.push(unit);
    else cursor = at + comparable(unit).length;
  }
  return missing;
}

/**
 * Wrapping text into lines for drawings made at build time (the relation diagram, preview
 * images): break opportunities from linebreak (UAX #14), widths from whichever measure the
 * drawing uses (fontkit for the diagram, the canvas for previews).
 *
 * The preview worker loads this file straight from src/ with Node's type stripping: keep its
 * imports explicit and its TypeScript erasable.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Break {
  position: number;
  required: boolean;
}
/** linebreak ships no types; this is the part of its API used here. */
const LineBreaker = require('linebreak') as new (text: string) => { nextBreak(): Break | null };

/** The width of a piece of text, in the drawing's units. */
export type Measure = (text: string) => number;

/** The text's UAX #14 segments (each with its trailing space), from linebreak. */
function segmentsOf(text: string): string[] {
  const segments: string[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    segments.push(text.slice(last, bk.position));
    last = bk.position;
  }
  return segments;
}

/** Fills lines greedily with as many segments as fit in `maxWidth`. */
function fill(segments: string[], maxWidth: number, width: Measure): string[] {
  const lines: string[] = [];
  let current = '';
  for (const segment of segments) {
    if (current && width(current + segment) > maxWidth) {
      lines.push(current.trimEnd());
      current = segment;
    } else {
      current += segment;
    }
  }
  if (current.trim()) lines.push(current.trimEnd());
  return lines;
}

/**
 * Wraps `text` into lines no wider than `maxWidth`: greedy filling at the break opportunities
 * linebreak (UAX #14) finds. A segment wider than the whole line (a very long word) is cut
 * between characters, as `overflow-wrap: anywhere`. With `balance` (like CSS `text-wrap:
 * balance`), the narrowest width that keeps the same number of lines, so no line is left with
 * one short word.
 */
export function wrapLines(text: string, maxWidth: number, measure: Measure, { balance = false } = {}): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const width: Measure = (s) => measure(s.trimEnd());

  let cut = false;
  const segments = segmentsOf(clean).flatMap((segment) => {
    if (width(segment) <= maxWidth) return [segment];
    cut = true;
    const pieces: string[] = [];
    let piece = '';
    for (const char of segment) {
      if (piece && width(piece + char) > maxWidth) {
        pieces.push(piece);
        piece = '';
      }
      piece += char;
    }
    return piece ? [...pieces, piece] : pieces;
  });

  const lines = fill(segments, maxWidth, width);
  if (!balance || lines.length < 2 || cut) return lines;
  // Balance: bisect for the narrowest width that still gives as many lines.
  let low = Math.max(maxWidth / lines.length, ...segments.map(width));
  let high = maxWidth;
  let best = lines;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    const attempt = fill(segments, mid, width);
    if (attempt.length === lines.length) {
      high = mid;
      best = attempt;
    } else {
      low = mid;
    }
  }
  return best;
}

/**
 * At most `maxLines` lines, like CSS `line-clamp`: when text is cut, the last line kept ends in
 * an ellipsis, words taken off its end until it fits.
 */
export function clampLines(lines: string[], maxLines: number, maxWidth: number, measure: Measure, ellipsis = '…'): string[] {
  if (lines.length <= maxLines) return lines;
  if (maxLines <= 0) return [];
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.includes(' ') && measure(`${last}${ellipsis}`) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/u, '')}${ellipsis}`;
  return kept;
}

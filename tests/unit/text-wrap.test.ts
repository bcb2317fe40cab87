/** Line wrapping and clamping for build-time drawings, with a fixed-width measure: one unit a character. */
import { describe, expect, it } from 'vitest';
import { clampLines, wrapLines } from '../../src/lib/graphics/text-wrap';

const chars = (s: string) => s.length;

describe('wrapLines', () => {
  it('fills lines greedily at word breaks, never wider than asked', () => {
    const lines = wrapLines('Iraq presses Iran-backed militias not to target Israel', 20, chars);
    // Every character kept, in order: only the spaces at the breaks go.
    expect(lines.join('').replaceAll(' ', '')).toBe('IraqpressesIran-backedmilitiasnottotargetIsrael');
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(lines[0]).toBe('Iraq presses Iran-');
  });

  it('balances lines on request, keeping their number', () => {
    const greedy = wrapLines('aaaa bbbb cccc dddd e', 16, chars);
    const balanced = wrapLines('aaaa bbbb cccc dddd e', 16, chars, { balance: true });
    expect(greedy).toEqual(['aaaa bbbb cccc', 'dddd e']);
    expect(balanced).toHaveLength(2);
    expect(Math.max(...balanced.map(chars))).toBeLessThan(Math.max(...greedy.map(chars)));
  });
});

describe('clampLines', () => {
  it('keeps text that fits as it is', () => {
    expect(clampLines(['one', 'two'], 3, 10, chars)).toEqual(['one', 'two']);
  });

  it('cuts to the number of lines, ending the last in an ellipsis that fits', () => {
    const clamped = clampLines(['first line', 'second line', 'third line here', 'fourth'], 3, 15, chars);
    expect(clamped).toEqual(['first line', 'second line', 'third line…']);
    expect(clamped.every((line) => line.length <= 15)).toBe(true);
  });

  it('keeps no line when there is room for none', () => {
    expect(clampLines(['one', 'two'], 0, 10, chars)).toEqual([]);
  });
});

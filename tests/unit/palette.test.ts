/** The colours are read from the CSS tokens, and only as colours the drawings can use. */
import { describe, expect, it } from 'vitest';
import { palette, parsePalette } from '../../src/lib/theme/palette';

const tokens = (accent: string) =>
  ['paper', 'ink', 'muted', 'rule', 'mark', 'panel'].map((name) => `--color-${name}: light-dark(#ffffff, #000);`).join('\n') +
  `\n--color-accent: light-dark(${accent}, #f2a36f);`;

describe('palette', () => {
  it('reads both schemes from the site CSS', () => {
    expect(palette.light.paper).toMatch(/^#[0-9a-f]{6}$/i);
    expect(palette.dark.paper).not.toBe(palette.light.paper);
    expect(parsePalette(tokens('#9b3412')).light.accent).toBe('#9b3412');
  });

  it('stops on a colour with alpha, naming the token, and on a missing one', () => {
    expect(() => parsePalette(tokens('#9b341280'))).toThrow(/--color-accent must be #rgb or #rrggbb/);
    expect(() => parsePalette(tokens('#9b3412').replace(/--color-ink[^\n]*\n/, ''))).toThrow(/no light-dark\(\) token for --color-ink/);
  });
});

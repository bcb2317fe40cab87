/**
 * Hex colours as the site writes them (#rgb or #rrggbb): one check and one parser for the palette
 * (src/lib/theme/palette.ts) and the preview PNGs.
 *
 * The preview worker loads this file straight from src/ with Node's type stripping: keep it free
 * of imports and its TypeScript erasable.
 */

/** A colour as [red, green, blue], 0–255. */
export type Rgb = [number, number, number];

/** #rgb or #rrggbb: no alpha, which a palette PNG cannot carry. */
export const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** "#1d1c19" or "#abc" as [red, green, blue]. */
export function hexRgb(hex: string): Rgb {
  if (!HEX_COLOUR.test(hex)) throw new Error(`Expected a hex colour like #1d1c19; got "${hex}".`);
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

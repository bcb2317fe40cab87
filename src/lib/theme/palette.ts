/**
 * The site's colours, read from the one place they are written: the `--color-*: light-dark(…)`
 * tokens of src/styles/global.css. Preview images, the favicon and `theme-color` take them from
 * here, so a colour changed in the CSS changes everywhere.
 */
import css from '../../styles/global.css?raw';
import { HEX_COLOUR } from '../graphics/hex-colour';

export type ColorName = 'paper' | 'ink' | 'muted' | 'rule' | 'accent' | 'mark' | 'panel';
export type Palette = Record<ColorName, string>;

/** Both schemes' colours from CSS text holding `--color-name: light-dark(#light, #dark);` lines. */
export function parsePalette(source: string): { light: Palette; dark: Palette } {
  const light: Partial<Palette> = {};
  const dark: Partial<Palette> = {};
  for (const [, name, lightValue, darkValue] of source.matchAll(
    /--color-([a-z]+):\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)/gi,
  )) {
    // Preview images are palette PNGs drawn in these: no alpha.
    for (const value of [lightValue!, darkValue!]) {
      if (!HEX_COLOUR.test(value))
        throw new Error(`src/styles/global.css: --color-${name} must be #rgb or #rrggbb (no alpha); got ${value}`);
    }
    light[name as ColorName] = lightValue!;
    dark[name as ColorName] = darkValue!;
  }
  const names: ColorName[] = ['paper', 'ink', 'muted', 'rule', 'accent', 'mark', 'panel'];
  const missing = names.filter((name) => !light[name]);
  if (missing.length > 0) throw new Error(`src/styles/global.css: no light-dark() token for --color-${missing.join(', --color-')}`);
  return { light: light as Palette, dark: dark as Palette };
}

export const palette = parsePalette(css);

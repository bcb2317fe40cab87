import { createCanvas, Image } from '@napi-rs/canvas';
import { hexRgb } from '../graphics/hex-colour';
import { palette } from './palette';
import { blendSteps, encodePalettePng, evenSteps, nearestIndices, type PaletteColour } from '../graphics/png-palette';

/** The favicon: an "E" in paper colour on the site's accent, in the CSS's own colours. */
export const faviconSvg = (): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${palette.light.accent}"/><path d="M9 8h14v3H12.5v3.5H21v3h-8.5V21H23v3H9z" fill="${palette.light.paper}"/></svg>`;

/**
 * The drawing's colours: the accent, the paper, transparency, and the steps between them that
 * antialiasing makes (the rounded corners fade the accent out; the letter's edges blend the two).
 */
function faviconPalette(): PaletteColour[] {
  const [accent, paper] = [hexRgb(palette.light.accent), hexRgb(palette.light.paper)];
  return [
    [0, 0, 0, 0],
    accent,
    paper,
    ...evenSteps(6).map((alpha): PaletteColour => [...accent, Math.round(255 * alpha)]),
    ...blendSteps(accent, paper, 6),
  ];
}

/** Each size is drawn once a build: the inline icon and /icons/32.png are the same picture. */
const drawn = new Map<number, Buffer>();

/** The favicon drawn at `size` px as a 4-bit palette PNG: the page's inline icon and the icons/*.png files. */
export function faviconPng(size: number): Buffer {
  const cached = drawn.get(size);
  if (cached) return cached;
  const icon = new Image();
  icon.src = Buffer.from(faviconSvg());
  const context = createCanvas(size, size).getContext('2d');
  context.drawImage(icon, 0, 0, size, size);
  const colours = faviconPalette();
  const png = encodePalettePng(nearestIndices(context.getImageData(0, 0, size, size).data, colours), size, size, colours, 9);
  drawn.set(size, png);
  return png;
}

/** The favicon's PNG files (icons/<size>.png): 32 px for browsers without SVG icons, 180 px for iOS home screens. */
export const ICON_SIZES = { tab: 32, homeScreen: 180 } as const;

/** The size of the icon pages carry inline: a browser tab's 16 px at twice the density (icons/32.png). */
export const INLINE_ICON_SIZE = ICON_SIZES.tab;

/**
 * The icon every page carries inline, as a PNG data: URL. Not the SVG: Chromium draws an SVG icon
 * in a document of its own, laid out on the page's main thread while the first paint is on its
 * way; a PNG is only decoded. Inline, not linked: a linked icon's request can land before the
 * first paint and be counted against it.
 */
export const faviconDataUrl = (): string => `data:image/png;base64,${faviconPng(INLINE_ICON_SIZE).toString('base64')}`;

/**
 * Link-preview images (1200x630 PNG), drawn at build time with satori and resvg from the
 * section's own words, then written as an 8-bit palette PNG with sharp (libimagequant): the
 * design has five flat colours, so 16 palette entries keep every edge and a third of the bytes.
 * Fonts come from @fontsource packages: no network.
 *
 * This file is also loaded by the preview worker (preview-worker.ts) straight from src/ with
 * Node's type stripping: keep its imports explicit and its TypeScript erasable.
 * The build-time cache hashes this file's text, so any change here redraws every image.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import type { Palette } from './palette';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Palette entries of the PNG: the five colours of the design and their antialiased edges. */
export const PREVIEW_COLORS = 16;

/** What an image shows. Every field feeds the cache key (preview-cache.ts), optional ones included. */
export interface PreviewText {
  /** Small line above the title, e.g. the site's name. */
  kicker: string;
  title: string;
  summary: string;
  /** Line at the foot, e.g. "Section 2 of 6 · article title". */
  footer: string;
  /** The site's light colours (src/lib/palette.ts reads them from the CSS tokens). */
  colors: Pick<Palette, 'paper' | 'ink' | 'muted' | 'rule' | 'accent'>;
  /** Capitals and letter-spacing on the kicker: right for Latin letters, wrong for joined scripts. */
  capsKicker: boolean;
  /** A standalone SVG (text drawn as paths) to show beside the words: a section's diagram. */
  diagram?: string;
}

const require = createRequire(import.meta.url);
/** The font files the images use, relative to node_modules (the cache key hashes them too). */
export const PREVIEW_FONT_FILES = [
  '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff',
  '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff',
  '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff',
] as const;
const font = (file: string) => readFile(require.resolve(file));

let fonts: Promise<Parameters<typeof satori>[1]['fonts']> | undefined;
function loadFonts() {
  fonts ??= Promise.all(PREVIEW_FONT_FILES.map(font)).then(([serifBold, sans, sansBold]) => [
    { name: 'Serif', data: serifBold, weight: 700, style: 'normal' },
    { name: 'Sans', data: sans, weight: 400, style: 'normal' },
    { name: 'Sans', data: sansBold, weight: 700, style: 'normal' },
  ]);
  return fonts;
}

/** A satori element: plain objects, so this file needs no JSX runtime. */
const el = (type: string, style: Record<string, unknown>, children?: unknown) => ({ type, props: { style, children } });

/** Long titles step down in size so they still fit in three lines at thumbnail size. */
export function titleSize(title: string): number {
  if (title.length <= 45) return 72;
  if (title.length <= 70) return 60;
  return 52;
}

/** Room kept under a diagram for the footer line, and between the words and the diagram. */
const DIAGRAM_FOOTER_ROOM = 100;
const DIAGRAM_GAP = 48;

/** A standalone SVG as an image of the given height, its width from its own proportions. */
function diagramFigure(svg: string, height: number): { src: string; width: number; height: number } {
  const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
  if (!w || !h) throw new Error('The diagram SVG needs a viewBox');
  return {
    src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    width: Math.round((height * Number(w)) / Number(h)),
    height,
  };
}

/** The image as full-colour RGBA pixels, before the palette pass. */
export async function drawPreview(text: PreviewText): Promise<{ pixels: Buffer; width: number; height: number }> {
  const { colors } = text;
  const pad = { top: 56, bottom: 48, x: 72 };
  const textWidth = PREVIEW_WIDTH - 2 * pad.x;
  const block = { display: 'block', width: textWidth };
  const figure = text.diagram ? diagramFigure(text.diagram, PREVIEW_HEIGHT - pad.top - pad.bottom - DIAGRAM_FOOTER_ROOM) : undefined;
  // With a diagram, the words take the room it leaves.
  const wordsWidth = figure ? textWidth - figure.width - DIAGRAM_GAP : textWidth;
  const words = { display: 'block', width: wordsWidth };
  // Satori sizes boxes as content-box: the padding is added to the width and height given here.
  const page = {
    width: textWidth,
    height: PREVIEW_HEIGHT - pad.top - pad.bottom,
    paddingTop: pad.top,
    paddingBottom: pad.bottom,
    paddingLeft: pad.x,
    paddingRight: pad.x,
  };
  const tree = el(
    'div',
    {
      ...page,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      background: colors.paper,
      color: colors.ink,
      fontFamily: 'Sans',
    },
    [
      el('div', { display: 'flex', flexDirection: 'row', justifyContent: 'space-between' }, [
        el('div', { display: 'flex', flexDirection: 'column', width: wordsWidth }, [
          el('div', { height: 10, width: 120, background: colors.accent, marginBottom: 28 }),
          el(
            'div',
            {
              ...words,
              fontSize: 26,
              fontWeight: 700,
              color: colors.muted,
              ...(text.capsKicker && { letterSpacing: 3, textTransform: 'uppercase' }),
            },
            text.kicker,
          ),
          el(
            'div',
            {
              ...words,
              fontFamily: 'Serif',
              fontWeight: 700,
              fontSize: titleSize(text.title),
              lineHeight: 1.1,
              marginTop: 22,
              lineClamp: 3,
            },
            text.title,
          ),
          el('div', { ...words, fontSize: 32, lineHeight: 1.35, color: colors.muted, marginTop: 26, lineClamp: 3 }, text.summary),
        ]),
        ...(figure ? [{ type: 'img', props: { src: figure.src, width: figure.width, height: figure.height } }] : []),
      ]),
      el('div', { ...block, paddingTop: 20, borderTop: `2px solid ${colors.rule}`, fontSize: 24, color: colors.muted }, text.footer),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts: await loadFonts(),
  });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_WIDTH } }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/** The preview image as an 8-bit palette PNG. */
export async function renderPreview(text: PreviewText): Promise<Buffer> {
  const { pixels, width, height } = await drawPreview(text);
  // A diagram's fine lines and small text cost bytes; the strongest zlib level keeps it within 25 KB (+15 ms).
  return palettePng(pixels, width, height, text.diagram ? 9 : 6);
}

/**
 * RGBA pixels (opaque) as a palette PNG (16 colours: libvips writes 4 bits a pixel). Effort 1, zlib 6:
 * higher settings cost 20-40 ms an image for 1-2% fewer bytes.
 */
export function palettePng(pixels: Buffer, width: number, height: number, compressionLevel = 6): Promise<Buffer> {
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png({ palette: true, colors: PREVIEW_COLORS, dither: 0, effort: 1, compressionLevel })
    .toBuffer();
}

/** A PNG as an endpoint's response (preview images and icons). */
export const pngResponse = (png: Buffer): Response => new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });

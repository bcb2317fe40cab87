/**
 * Link-preview images (1200x630 PNG), drawn at build time on a Skia canvas (@napi-rs/canvas)
 * from the section's own words, then written as a 16-colour palette PNG (png-palette.ts): the
 * design has a handful of flat colours, so their antialiased blends keep every edge at a third
 * of the bytes. Fonts come from @fontsource packages: no network.
 *
 * This file is also loaded by the preview worker (preview-worker.ts) straight from src/ with
 * Node's type stripping: keep its imports explicit and its TypeScript erasable.
 * The build-time cache hashes this file's text (and its helpers'), so any change here redraws
 * every image.
 */
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, Path2D, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Palette } from '../theme/palette';
import type { DiagramPaint } from '../diagram/paint';
import type { DiagramLayout, TextBlock } from '../diagram/relation-diagram';
import { FONT_FILES } from '../graphics/font-files.ts';
import { hexRgb, type Rgb } from '../graphics/hex-colour.ts';
import { blendSteps, encodePalettePng, nearestIndices } from '../graphics/png-palette.ts';
import { clampLines, wrapLines } from '../graphics/text-wrap.ts';
import { PREVIEW_HEIGHT, PREVIEW_MAX_BYTES, PREVIEW_WIDTH } from './preview-size.ts';

/** What an image shows. Every field feeds the cache key (preview-cache.ts), optional ones included. */
export interface PreviewText {
  /** Small line above the title, e.g. the site's name. */
  kicker: string;
  title: string;
  summary: string;
  /** Line at the foot, e.g. "Section 2 of 6 · article title". */
  footer: string;
  /** The site's light colours (src/lib/theme/palette.ts reads them from the CSS tokens). */
  colors: Pick<Palette, 'paper' | 'ink' | 'muted' | 'rule' | 'accent' | 'panel'>;
  /** Capitals and letter-spacing on the kicker: right for Latin letters, wrong for joined scripts. */
  capsKicker: boolean;
  /** The language's direction: right-to-left images start at the right and put the diagram on the left. */
  direction: 'ltr' | 'rtl';
  /** A section's diagram to show beside the words: its layout, drawn here with the canvas's own shapes and text. */
  diagram?: PreviewDiagram;
}

/**
 * What an image draws of a relation diagram: the layout the page's SVG is drawn from
 * (src/lib/diagram/relation-diagram.ts), in its viewBox units. Its words are set in
 * previewFontStack(PREVIEW_SANS), in the image's direction, as the page sets them in its own.
 */
export type PreviewDiagram = Pick<DiagramLayout, 'width' | 'height' | 'radius' | 'nodes' | 'links'> & {
  /** How its parts are painted: the page's own paint (src/lib/diagram/paint.ts), in the image's colours. */
  paint: DiagramPaint;
};

/** The font families the images draw in. */
export const PREVIEW_SERIF = 'Preview Serif';
export const PREVIEW_SANS = 'Preview Sans';
/** Each family's companion for Arabic script, which the Source fonts do not cover. */
const arabic = (family: string) => `${family} Arabic`;

/** A family with its Arabic companion, as a font-family list (canvas `font` and SVG CSS alike). */
export const previewFontStack = (family: typeof PREVIEW_SERIF | typeof PREVIEW_SANS): string => `"${family}", "${arabic(family)}"`;

const require = createRequire(import.meta.url);
/** The font files the images use (relative to node_modules) and the family each is registered as. */
const PREVIEW_FONTS = [
  [FONT_FILES.serifBold, PREVIEW_SERIF],
  [FONT_FILES.sans, PREVIEW_SANS],
  [FONT_FILES.sansBold, PREVIEW_SANS],
  [FONT_FILES.arabicSerifBold, arabic(PREVIEW_SERIF)],
  [FONT_FILES.arabicSans, arabic(PREVIEW_SANS)],
  [FONT_FILES.arabicSansBold, arabic(PREVIEW_SANS)],
] as const;
/** The font files the images use, relative to node_modules (the cache key hashes them too). */
export const PREVIEW_FONT_FILES = PREVIEW_FONTS.map(([file]) => file);

let fontsRegistered = false;
function registerFonts(): void {
  if (fontsRegistered) return;
  for (const [file, family] of PREVIEW_FONTS) {
    if (!GlobalFonts.registerFromPath(require.resolve(file), family)) throw new Error(`Could not load the preview font ${file}`);
  }
  fontsRegistered = true;
}

/** Long titles step down in size so they still fit in three lines at thumbnail size. */
export function titleSize(title: string): number {
  if (title.length <= 45) return 72;
  if (title.length <= 70) return 60;
  return 52;
}

const PAD = { top: 56, bottom: 48, x: 72 };
const TEXT_WIDTH = PREVIEW_WIDTH - 2 * PAD.x;
const ACCENT_BAR = { width: 120, height: 10, gap: 28 };
/** Room kept under a diagram for the footer line, and between the words and the diagram. */
const DIAGRAM_FOOTER_ROOM = 100;
const DIAGRAM_GAP = 48;
/** The rule over the footer: the space under it, and the least the words keep above it. */
const FOOTER_RULE = { height: 2, gap: 20, clearance: 12 };

/**
 * The PNG's palette: the design's flat colours, then the blends its antialiased edges make (ink
 * and muted text on paper and on the diagram's panels, the accent on paper). 16 colours: 4 bits a
 * pixel; `coarse`, 12, with fewer steps between paper and text (for an image over the byte limit).
 */
export function previewPalette(colors: PreviewText['colors'], coarse = false): Rgb[] {
  const rgb = (name: keyof PreviewText['colors']) => hexRgb(colors[name]);
  const [paper, ink, muted, accent, panel] = [rgb('paper'), rgb('ink'), rgb('muted'), rgb('accent'), rgb('panel')];
  return [
    paper,
    ink,
    muted,
    rgb('rule'),
    accent,
    panel,
    ...blendSteps(paper, ink, coarse ? 2 : 4),
    ...blendSteps(paper, muted, coarse ? 1 : 3),
    ...blendSteps(paper, accent, 1),
    ...blendSteps(panel, ink, 1),
    ...blendSteps(panel, muted, 1),
  ];
}

interface TextStyle {
  family: typeof PREVIEW_SERIF | typeof PREVIEW_SANS;
  weight: 400 | 700;
  size: number;
  /** Line height as a multiple of the size; left out, the font's own (CSS `normal`). */
  leading?: number;
  color: string;
  letterSpacing?: number;
}

/** Sets the canvas font for `style`; returns its line height and where the baseline sits in a line. */
function useStyle(ctx: SKRSContext2D, style: TextStyle): { lineHeight: number; baseline: number } {
  ctx.font = `${style.weight} ${style.size}px ${previewFontStack(style.family)}`;
  ctx.letterSpacing = `${style.letterSpacing ?? 0}px`;
  ctx.fillStyle = style.color;
  const { fontBoundingBoxAscent: ascent, fontBoundingBoxDescent: descent } = ctx.measureText('Hg');
  const lineHeight = style.leading ? style.size * style.leading : ascent + descent;
  // As CSS does: half the leading above the font's ascent, half below its descent.
  return { lineHeight, baseline: (lineHeight - ascent - descent) / 2 + ascent };
}

/** Draws lines from `top`; returns the height used. */
function drawLines(ctx: SKRSContext2D, lines: string[], x: number, top: number, style: TextStyle): number {
  const { lineHeight, baseline } = useStyle(ctx, style);
  lines.forEach((line, i) => ctx.fillText(line, x, top + i * lineHeight + baseline));
  return lines.length * lineHeight;
}

/** `text` wrapped to `width` in `style`, at most `maxLines` lines (the last one ending in an ellipsis when cut). */
function wrapped(ctx: SKRSContext2D, text: string, width: number, style: TextStyle, maxLines = Infinity): string[] {
  useStyle(ctx, style);
  const measure = (s: string) => ctx.measureText(s).width;
  return clampLines(wrapLines(text, width, measure), maxLines, width, measure);
}

/**
 * The room a diagram may take: from the top padding to the footer's room, and at most this wide,
 * so a short diagram (two rows) is not scaled up until it crowds the title out.
 */
const DIAGRAM_ROOM = { width: 420, height: PREVIEW_HEIGHT - PAD.top - PAD.bottom - DIAGRAM_FOOTER_ROOM };

/**
 * Where a diagram stands in an image: at the top, at the end edge (the right, or the left in a
 * right-to-left image), as big as DIAGRAM_ROOM lets it be; `scale` takes its viewBox units to pixels.
 */
export function diagramFrame(
  diagram: Pick<PreviewDiagram, 'width' | 'height'>,
  direction: PreviewText['direction'],
): { x: number; y: number; width: number; height: number; scale: number } {
  const scale = Math.min(DIAGRAM_ROOM.height / diagram.height, DIAGRAM_ROOM.width / diagram.width);
  const [width, height] = [Math.round(diagram.width * scale), Math.round(diagram.height * scale)];
  return { x: direction === 'rtl' ? PAD.x : PREVIEW_WIDTH - PAD.x - width, y: PAD.top, width, height, scale };
}

/**
 * Draws a diagram from its layout, straight on the canvas, in the order the page's SVG stacks its
 * parts: each link (line, arrowhead, label), then each node (box, words). The words are canvas
 * text, shaped and ordered by Skia's text layout: right-to-left words read right to left with
 * their letters joined, as the browser draws them on the page. (Skia's SVG renderer, which drew
 * these images' diagrams before, set them left to right with their letters unjoined.)
 */
function drawDiagram(ctx: SKRSContext2D, diagram: PreviewDiagram, { colors, direction }: PreviewText): void {
  const { x, y, scale } = diagramFrame(diagram, direction);
  const { paint } = diagram;
  const words = (block: TextBlock) => {
    ctx.font = `${block.fontWeight} ${block.fontSize}px ${previewFontStack(PREVIEW_SANS)}`;
    ctx.fillStyle = colors[paint.words[block.className]];
    // Centred on each line's x, as text-anchor="middle" sets them.
    for (const line of block.lines) ctx.fillText(line.text, line.x, line.y);
  };
  ctx.save();
  ctx.setTransform(scale, 0, 0, scale, x, y);
  ctx.direction = direction;
  ctx.textAlign = 'center';
  ctx.letterSpacing = '0px';
  for (const link of diagram.links) {
    ctx.strokeStyle = colors[paint.link.stroke];
    ctx.lineWidth = paint.link.lineWidth;
    ctx.stroke(new Path2D(link.path));
    ctx.fillStyle = colors[paint.arrow];
    ctx.fill(new Path2D(link.arrow));
    words(link.label);
  }
  for (const node of diagram.nodes) {
    const box = new Path2D();
    const boxPaint = node.centre ? paint.centre : paint.node;
    box.roundRect(node.box.x, node.box.y, node.box.width, node.box.height, diagram.radius);
    ctx.fillStyle = colors[boxPaint.fill];
    ctx.fill(box);
    ctx.strokeStyle = colors[boxPaint.stroke];
    ctx.lineWidth = boxPaint.lineWidth;
    ctx.stroke(box);
    node.texts.forEach(words);
  }
  ctx.restore();
}

/**
 * One canvas per thread, drawn over for each image: a canvas's pixels live outside the JavaScript
 * heap, so a new one per image would pile up (gigabytes over a 1,000-section build) before the
 * collector noticed. Drawing is synchronous, so two images never share it at once.
 */
let sharedCanvas: Canvas | undefined;

/** The image as full-colour RGBA pixels, before the palette pass. */
export function drawPreview(text: PreviewText): { pixels: Uint8ClampedArray; width: number; height: number } {
  registerFonts();
  const { colors } = text;
  sharedCanvas ??= createCanvas(PREVIEW_WIDTH, PREVIEW_HEIGHT);
  const ctx = sharedCanvas.getContext('2d');
  ctx.reset();
  ctx.fillStyle = colors.paper;
  ctx.fillRect(0, 0, PREVIEW_WIDTH, PREVIEW_HEIGHT);

  // With a diagram, the words take the room it leaves; it stands at the top, at the end edge.
  const wordsWidth = text.diagram ? TEXT_WIDTH - diagramFrame(text.diagram, text.direction).width - DIAGRAM_GAP : TEXT_WIDTH;
  if (text.diagram) drawDiagram(ctx, text.diagram, text);
  // Lines start at the start edge: the left, or the right in a right-to-left language.
  const rtl = text.direction === 'rtl';
  ctx.direction = text.direction;
  ctx.textAlign = 'start';
  const start = rtl ? PREVIEW_WIDTH - PAD.x : PAD.x;
  /** The left edge of a box of `width` set at the start edge. */
  const placed = (width: number) => (rtl ? PREVIEW_WIDTH - PAD.x - width : PAD.x);

  ctx.fillStyle = colors.accent;
  ctx.fillRect(placed(ACCENT_BAR.width), PAD.top, ACCENT_BAR.width, ACCENT_BAR.height);
  let y = PAD.top + ACCENT_BAR.height + ACCENT_BAR.gap;

  const kicker: TextStyle = {
    family: PREVIEW_SANS,
    weight: 700,
    size: 26,
    color: colors.muted,
    ...(text.capsKicker && { letterSpacing: 3 }),
  };
  const kickerText = text.capsKicker ? text.kicker.toUpperCase() : text.kicker;
  y += drawLines(ctx, wrapped(ctx, kickerText, wordsWidth, kicker, 1), start, y, kicker);

  const title: TextStyle = { family: PREVIEW_SERIF, weight: 700, size: titleSize(text.title), leading: 1.1, color: colors.ink };
  y += 22 + drawLines(ctx, wrapped(ctx, text.title, wordsWidth, title, 3), start, y + 22, title);

  // The footer sits on the bottom padding, under a rule; it is placed first, so the summary knows its room.
  const footer: TextStyle = { family: PREVIEW_SANS, weight: 400, size: 24, color: colors.muted };
  const footerLines = wrapped(ctx, text.footer, TEXT_WIDTH, footer, 1);
  const footerTop = PREVIEW_HEIGHT - PAD.bottom - footerLines.length * useStyle(ctx, footer).lineHeight;
  const ruleTop = footerTop - FOOTER_RULE.gap - FOOTER_RULE.height;

  // Up to three lines of summary, as many as end clear of the rule (a short title in big type
  // beside a diagram leaves room for fewer; clampLines keeps none when there is room for none).
  const summary: TextStyle = { family: PREVIEW_SANS, weight: 400, size: 32, leading: 1.35, color: colors.muted };
  const summaryTop = y + 26;
  const summaryRoom = Math.floor((ruleTop - FOOTER_RULE.clearance - summaryTop) / useStyle(ctx, summary).lineHeight);
  drawLines(ctx, wrapped(ctx, text.summary, wordsWidth, summary, Math.min(3, summaryRoom)), start, summaryTop, summary);

  drawLines(ctx, footerLines, start, footerTop, footer);
  ctx.fillStyle = colors.rule;
  ctx.fillRect(PAD.x, ruleTop, TEXT_WIDTH, FOOTER_RULE.height);

  const { data, width, height } = ctx.getImageData(0, 0, PREVIEW_WIDTH, PREVIEW_HEIGHT);
  return { pixels: data, width, height };
}

/**
 * The preview image as a 16-colour palette PNG. zlib's level 6 keeps most images well under
 * PREVIEW_MAX_BYTES; one over it (a big diagram's many small letters) is packed again at level 9,
 * 3% smaller for 25 ms more, and if still over, mapped to the coarse 12-colour palette (two steps
 * of antialiasing instead of four: the same picture at a glance, about 6% smaller). The build
 * warns about any still over (src/lib/share/build-previews.ts).
 */
export function renderPreview(text: PreviewText): Buffer {
  const { pixels, width, height } = drawPreview(text);
  const palette = previewPalette(text.colors);
  const indices = nearestIndices(pixels, palette);
  const png = encodePalettePng(indices, width, height, palette);
  if (png.length <= PREVIEW_MAX_BYTES) return png;
  const harder = encodePalettePng(indices, width, height, palette, 9);
  if (harder.length <= PREVIEW_MAX_BYTES) return harder;
  const coarse = previewPalette(text.colors, true);
  return encodePalettePng(nearestIndices(pixels, coarse), width, height, coarse, 9);
}

/** A PNG as an endpoint's response (preview images and icons). */
export const pngResponse = (png: Buffer): Response => new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });

/**
 * Preview images: half the bytes with the same look, and a cache that redraws exactly when
 * something that draws the image changed. Writes the before/after comparison to
 * tests/.tmp/preview-before-after.png (full colour above, palette below, a detail enlarged).
 */
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { openSync, type Font } from 'fontkit';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import {
  POOL_MIN_IMAGES,
  PreviewCache,
  previewKey,
  rendererFingerprint,
  rendererSources,
  stableJson,
} from '../../src/lib/share/preview-cache';
import { relationDiagramExamples } from '../support/examples/relation-diagram';
import { palette as sitePalette } from '../../src/lib/theme/palette';
import { FONT_FILES } from '../../src/lib/graphics/font-files';
import { diagramPaint } from '../../src/lib/diagram/paint';
import { layoutDiagram } from '../../src/lib/diagram/relation-diagram';
import { encodePalettePng, nearestIndices } from '../../src/lib/graphics/png-palette';
import { PREVIEW_HEIGHT, PREVIEW_MAX_BYTES, PREVIEW_WIDTH } from '../../src/lib/share/preview-size';
import {
  PREVIEW_FONT_FILES,
  PREVIEW_SANS,
  PREVIEW_SERIF,
  diagramFrame,
  drawPreview,
  previewFontStack,
  previewPalette,
  renderPreview,
  type PreviewText,
} from '../../src/lib/share/preview-image';
import { sectionPreviews } from '../../src/lib/share/share';
import { shareArticle, translatedShareArticle } from '../support/share-article';

/** A diagram as share images draw it: its layout and the page's paint. */
const drawing = (input: Parameters<typeof layoutDiagram>[0]) => ({ ...layoutDiagram(input), paint: diagramPaint });

const hexBytes = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The mean and the largest difference of one colour channel between two RGB images of one size. */
function channelErrors(a: Uint8Array, b: Uint8Array): { mean: number; worst: number } {
  let [total, worst] = [0, 0];
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    total += d;
    worst = Math.max(worst, d);
  }
  return { mean: total / a.length, worst };
}

/** A drawing's RGBA pixels as RGB, as a decoded PNG gives them. */
const rgbOf = ({ pixels, width, height }: { pixels: Uint8ClampedArray; width: number; height: number }) =>
  sharp(Buffer.from(pixels.buffer, pixels.byteOffset, pixels.length), { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .raw()
    .toBuffer();
const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = join(root, 'tests/.tmp/preview-cache');
const rendererSource = join(root, 'src/lib/share/preview-image.ts');

const longest: PreviewText = {
  kicker: 'Middle East Explainer',
  title: 'Recommendations for Strengthening Iraq’s Position Against Militia Influence',
  summary:
    'To curb militia influence, Iraq should pursue dialogue, build up local forces and deepen security partnerships with international stakeholders.',
  footer: 'Section 4 of 6 · Iraq presses Iran-backed militias not to target Israel',
  colors: sitePalette.light,
  capsKicker: true,
  direction: 'ltr',
};

describe('preview image', () => {
  let palette: Buffer;
  let full: Buffer;
  beforeAll(async () => {
    palette = renderPreview(longest);
    const drawn = drawPreview(longest);
    full = await sharp(await rgbOf(drawn), { raw: { width: drawn.width, height: drawn.height, channels: 3 } })
      .png()
      .toBuffer();
  });

  it('is a 1200x630 8-bit palette PNG of at most 25 KB', async () => {
    const meta = await sharp(palette).metadata();
    expect(meta.format).toBe('png');
    expect([meta.width, meta.height]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
    expect(meta.isPalette).toBe(true);
    expect(palette.length).toBeLessThanOrEqual(PREVIEW_MAX_BYTES);
    expect(palette.length).toBeLessThan(full.length / 2);
  });

  it('with a three-row diagram beside the longest words, is still 1200x630 and at most 25 KiB', async () => {
    const example = relationDiagramExamples['three rows: one above, one below']!;
    const diagram = drawing(example);
    const png = renderPreview({ ...longest, diagram });
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height]).toEqual([PREVIEW_WIDTH, PREVIEW_HEIGHT]);
    expect(png.length).toBeLessThanOrEqual(PREVIEW_MAX_BYTES);
    expect(png.equals(palette)).toBe(false);
  });

  it('never lets the words run into the footer: a short title in big type beside a diagram keeps fewer summary lines', () => {
    const example = relationDiagramExamples['three rows: one above, one below']!;
    const diagram = drawing(example);
    // 45 characters: the biggest title size, three lines in the narrowed column.
    const { pixels } = drawPreview({ ...longest, title: 'Strengthening Iraq’s Position Against Militia', diagram });
    const rgbAt = (x: number, y: number) => [...pixels.subarray((y * PREVIEW_WIDTH + x) * 4, (y * PREVIEW_WIDTH + x) * 4 + 3)];
    const [paper, rule] = [hexBytes(sitePalette.light.paper), hexBytes(sitePalette.light.rule)];
    // The rule: the lowest row drawn in its colour at the middle of the image.
    const ruleRow = Array.from({ length: PREVIEW_HEIGHT }, (_, y) => y).findLast(
      (y) => rgbAt(PREVIEW_WIDTH / 2, y).join() === rule.join(),
    )!;
    expect(ruleRow).toBeGreaterThan(PREVIEW_HEIGHT / 2);
    // The 12 rows above the (2-pixel) rule hold nothing but paper, across the whole width.
    for (let y = ruleRow - 13; y < ruleRow - 1; y++)
      for (let x = 0; x < PREVIEW_WIDTH; x++) expect(rgbAt(x, y).join(), `pixel ${x},${y}`).toBe(paper.join());
  });

  it('keeps an image over 25 KB within it: packed harder, then with fewer antialiasing steps (a five-row diagram with a long note, the longest words)', async () => {
    const example = relationDiagramExamples['five rows: two above, two below']!;
    // A longer note than the example's: the drawing needs to be over the limit even at zlib level 9.
    const diagram = drawing({
      ...example,
      centre: { ...example.centre, note: `${example.centre.note}, four of them found by Galileo in 1610` },
    });
    const text = { ...longest, diagram };
    const drawn = drawPreview(text);
    const colours = previewPalette(text.colors);
    const indices = nearestIndices(drawn.pixels, colours);
    const [atLevel6, atLevel9] = [6, 9].map((level) => encodePalettePng(indices, drawn.width, drawn.height, colours, level).length);
    const png = renderPreview(text);
    console.log(
      `five-row diagram: ${atLevel6} B at zlib level 6, ${atLevel9} B at 9, ${png.length} B as written (limit ${PREVIEW_MAX_BYTES})`,
    );
    // This drawing is over the limit with the full palette, so the test reaches the coarse one.
    expect(atLevel9).toBeGreaterThan(PREVIEW_MAX_BYTES);
    expect(png.length).toBeLessThanOrEqual(PREVIEW_MAX_BYTES);
    const written = await sharp(png).removeAlpha().raw().toBuffer();
    const distinct = new Set<string>();
    for (let i = 0; i < written.length; i += 3) distinct.add(`${written[i]},${written[i + 1]},${written[i + 2]}`);
    expect(distinct.size).toBeLessThanOrEqual(previewPalette(text.colors, true).length);
    // The same picture: within 1 of 255 per channel of the full-colour drawing, on average.
    expect(channelErrors(await rgbOf(drawn), written).mean).toBeLessThan(1);
  });

  it('stands a diagram at the top, the footer’s room tall, or narrower when it is short: a two-row one is not scaled up over the title', () => {
    const frame = (name: string) => diagramFrame(drawing(relationDiagramExamples[name]!), 'ltr');
    const [three, two] = [frame('three rows: one above, one below'), frame('two rows: one above the centre')];
    expect([three.y, three.height]).toEqual([56, 426]);
    expect(three.x + three.width).toBe(PREVIEW_WIDTH - 72);
    expect(two.width).toBeLessThanOrEqual(420);
    expect(two.height).toBeLessThan(300);
    // Text no smaller than in the taller diagram.
    expect(two.scale).toBeGreaterThanOrEqual(three.scale);
  });

  it('has a 16-colour palette, so every pixel takes 4 bits', async () => {
    expect(previewPalette(longest.colors)).toHaveLength(16);
    expect((await sharp(renderPreview(longest)).metadata()).bitsPerSample).toBe(4);
  });

  it('starts at the right in a right-to-left language: accent bar and words on the right, the diagram on the left', () => {
    const example = relationDiagramExamples['three rows: one above, one below']!;
    const diagram = drawing(example);
    const accent = hexBytes(sitePalette.light.accent);
    /** How many pixels of a band of rows, left half and right half, are the accent colour or ink-dark. */
    const count = (rows: [number, number], match: (p: number) => boolean) => {
      const halves = [0, 0];
      for (let y = rows[0]; y < rows[1]; y++)
        for (let x = 0; x < PREVIEW_WIDTH; x++) if (match((y * PREVIEW_WIDTH + x) * 4)) halves[x < PREVIEW_WIDTH / 2 ? 0 : 1]!++;
      return halves;
    };
    for (const direction of ['ltr', 'rtl'] as const) {
      const { pixels } = drawPreview({ ...longest, direction, diagram });
      const isAccent = (i: number) => accent.every((c, k) => Math.abs(pixels[i + k]! - c) < 8);
      const [barLeft, barRight] = count([56, 66], isAccent);
      // The diagram's centre box has an accent outline too, lower down: the bar's rows hold only the bar.
      expect(direction === 'ltr' ? barLeft! > 0 && barRight === 0 : barRight! > 0 && barLeft === 0, direction).toBe(true);
      const [boxLeft, boxRight] = count([150, 450], isAccent);
      expect(direction === 'ltr' ? boxRight! > boxLeft! : boxLeft! > boxRight!, direction).toBe(true);
    }
    // The words stand at the start edge: without a diagram, the title's ink reaches the 72 px
    // margin on the left, or on the right in a right-to-left image.
    const ink = hexBytes(sitePalette.light.ink);
    for (const direction of ['ltr', 'rtl'] as const) {
      const { pixels } = drawPreview({ ...longest, direction });
      const columns: number[] = [];
      for (let y = 150; y < 350; y++)
        for (let x = 0; x < PREVIEW_WIDTH; x++) {
          const i = (y * PREVIEW_WIDTH + x) * 4;
          if (ink.every((c, k) => Math.abs(pixels[i + k]! - c) < 8)) columns.push(x);
        }
      expect(columns.length, direction).toBeGreaterThan(1000);
      const edge = direction === 'ltr' ? Math.min(...columns) : PREVIEW_WIDTH - 1 - Math.max(...columns);
      expect(edge, direction).toBeGreaterThanOrEqual(70);
      expect(edge, direction).toBeLessThan(90);
    }
  });

  it('looks the same as the full-colour drawing', async () => {
    const [a, b] = await Promise.all([full, palette].map((png) => sharp(png).removeAlpha().raw().toBuffer()));
    const { mean, worst } = channelErrors(a!, b!);
    // Mean error below 1 of 255 per channel; the worst pixel is an antialiased edge.
    expect(mean).toBeLessThan(1);
    // The paper is exactly the page's paper colour.
    expect([...b!.subarray(0, 3)]).toEqual(hexBytes(sitePalette.light.paper));

    const detail = { left: 60, top: 140, width: 400, height: 130 };
    const zoom = (png: Buffer) => sharp(png).extract(detail).resize(1200, 390, { kernel: 'nearest' }).toBuffer();
    const gap = 10;
    await mkdir(join(root, 'tests/.tmp'), { recursive: true });
    await sharp({ create: { width: 1200, height: 2 * 630 + 2 * 390 + 3 * gap, channels: 3, background: '#ff00ff' } })
      .composite([
        { input: full, top: 0, left: 0 },
        { input: palette, top: 630 + gap, left: 0 },
        { input: await zoom(full), top: 2 * (630 + gap), left: 0 },
        { input: await zoom(palette), top: 2 * (630 + gap) + 390 + gap, left: 0 },
      ])
      .png({ palette: true })
      .toFile(join(root, 'tests/.tmp/preview-before-after.png'));
    console.log(`full colour ${full.length} B, palette ${palette.length} B; mean error ${mean.toFixed(3)}, worst ${worst}`);
  });
});

describe('preview cache key', () => {
  it('ignores key order and undefined fields, and sees every field, optional ones too', () => {
    expect(stableJson({ b: 1, a: [1, { d: 2, c: undefined }] })).toBe('{"a":[1,{"d":2}],"b":1}');
    const key = previewKey('f', longest);
    expect(previewKey('f', { ...longest })).toBe(key);
    for (const field of Object.keys(longest) as (keyof PreviewText)[]) {
      expect(previewKey('f', { ...longest, [field]: `${longest[field]}.` })).not.toBe(key);
    }
    expect(previewKey('f', { ...longest, diagram: drawing(relationDiagramExamples['three rows: one above, one below']!) })).not.toBe(key);
    expect(previewKey('g', longest)).not.toBe(key);
  });

  it('changes with the renderer source and with each helper it draws with; colours change the key as input (above)', async () => {
    const sources = await rendererSources(rendererSource);
    // The renderer draws with the palette writer and the line wrapper: a change to either redraws.
    expect(sources.map((file) => file.slice(root.length))).toEqual(
      expect.arrayContaining(['src/lib/share/preview-image.ts', 'src/lib/graphics/png-palette.ts', 'src/lib/graphics/text-wrap.ts']),
    );
    const copies = join(tmp, 'renderer');
    await rm(copies, { recursive: true, force: true });
    await mkdir(copies, { recursive: true });
    // The same folders under src/lib/ (share/, graphics/), so the renderer's relative imports still resolve.
    for (const file of sources) {
      const target = join(copies, file.slice(join(root, 'src/lib/').length));
      await mkdir(dirname(target), { recursive: true });
      await copyFile(file, target);
    }
    const copy = (path: string) => join(copies, path);
    const same = await rendererFingerprint(copy('share/preview-image.ts'));
    expect(same).toBe(await rendererFingerprint(rendererSource));
    for (const [name, from, to] of [
      ['share/preview-image.ts', 'size: 32,', 'size: 33,'],
      ['graphics/png-palette.ts', 'level = 6', 'level = 7'],
    ] as const) {
      const original = await readFile(copy(name), 'utf8');
      expect(original).toContain(from);
      await writeFile(copy(name), original.replace(from, to));
      expect(await rendererFingerprint(copy('share/preview-image.ts'))).not.toBe(same);
      await writeFile(copy(name), original);
    }
    await rm(copies, { recursive: true, force: true });
  });
});

describe('preview cache', () => {
  it('draws each image once, reads it back in the next build, and redraws a changed one', async () => {
    const dir = join(tmp, 'images');
    await rm(dir, { recursive: true, force: true });
    const drawn: string[] = [];
    const render = (text: PreviewText) => {
      drawn.push(text.title);
      return Buffer.from(text.title);
    };
    const texts = ['One', 'Two', 'Three'].map((title) => ({ ...longest, title }));

    const first = new PreviewCache({ dir, rendererSource, render });
    first.prepare(texts);
    expect((await first.get(texts[1]!)).toString()).toBe('Two');
    await Promise.all(texts.map((t) => first.get(t)));
    expect(drawn.sort()).toEqual(['One', 'Three', 'Two']);
    expect(await readdir(dir)).toHaveLength(3);

    drawn.length = 0;
    const second = new PreviewCache({ dir, rendererSource, render });
    const changed = { ...texts[2]!, title: 'Three, renamed' };
    expect((await Promise.all([texts[0]!, texts[1]!, changed].map((t) => second.get(t)))).map(String)).toEqual([
      'One',
      'Two',
      'Three, renamed',
    ]);
    expect(drawn).toEqual(['Three, renamed']);
    expect(second.stats).toEqual({ hits: 2, drawn: 1, pooled: 0 });
  });

  it('deletes images no build has used for 30 days, and renews the ones it reads', async () => {
    const dir = join(tmp, 'pruned');
    await rm(dir, { recursive: true, force: true });
    const render = (text: PreviewText) => Buffer.from(text.title);
    const [kept, dropped] = ['Kept', 'Dropped'].map((title) => ({ ...longest, title }));
    const first = new PreviewCache({ dir, rendererSource, render });
    await Promise.all([kept!, dropped!].map((t) => first.get(t)));
    const names = await readdir(dir);
    expect(names).toHaveLength(2);
    const day = 86_400_000;
    const later = (days: number) => () => Date.now() + days * day;
    // Twenty days on, a build reads "Kept" only; forty days on, "Dropped" has gone unused for 40.
    const second = new PreviewCache({ dir, rendererSource, render, now: later(20) });
    await second.get(kept!);
    expect(second.stats.hits).toBe(1);
    const third = new PreviewCache({ dir, rendererSource, render, now: later(40) });
    await third.get(kept!);
    expect(third.stats).toMatchObject({ hits: 1, drawn: 0 });
    expect(await readdir(dir)).toHaveLength(1);
  });

  it('draws in this thread, with one warning, when the worker fails: every image still made, the same bytes', async () => {
    const dir = join(tmp, 'broken-pool');
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const workerFile = join(dir, 'broken-worker.mjs');
    await writeFile(workerFile, "throw new Error('this worker cannot start');\n");
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const cache = new PreviewCache({ dir: join(dir, 'images'), rendererSource, workerFile, maxThreads: 2 });
      // Enough images for the build to start the pool.
      const texts = Array.from({ length: POOL_MIN_IMAGES }, (_, i) => ({ ...longest, footer: `Section ${i + 1}` }));
      cache.prepare(texts);
      const images = await Promise.all(texts.map((t) => cache.get(t)));
      expect(cache.stats).toMatchObject({ pooled: 0, drawn: POOL_MIN_IMAGES });
      expect(images[0]!.equals(renderPreview(texts[0]!))).toBe(true);
      expect(warn.mock.calls.filter(([message]) => String(message).startsWith('Preview worker failed'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('draws in worker threads: the same bytes as in this thread', async () => {
    const dir = join(tmp, 'pooled');
    await rm(dir, { recursive: true, force: true });
    const cache = new PreviewCache({ dir, rendererSource, workerFile: join(root, 'src/lib/share/preview-worker.ts'), maxThreads: 2 });
    const texts = Array.from({ length: 12 }, (_, i) => ({ ...longest, footer: `Section ${i + 1} of 12` }));
    cache.prepare(texts);
    const images = await Promise.all(texts.map((t) => cache.get(t)));
    expect(cache.stats.pooled).toBe(12);
    expect(images[3]!.equals(renderPreview(texts[3]!))).toBe(true);
  });
});

describe('preview fonts for Arabic script', () => {
  // The right-to-left fixture's words (tests/fixtures/rtl): the Source fonts have no Arabic letters.
  const fixture = parse(readFileSync(join(root, 'tests/fixtures/rtl/content/article.yaml'), 'utf8')) as Record<string, string>;
  const words = [fixture.title!, fixture.description!, fixture.siteName!];
  const require = createRequire(import.meta.url);

  it('has a glyph for every letter of an Arabic edition in the bundled fonts', () => {
    const fonts = PREVIEW_FONT_FILES.map((file) => openSync(require.resolve(file)) as Font);
    const missing = [...new Set(words.join('').replace(/\s/g, ''))].filter(
      (char) => !fonts.some((font) => font.hasGlyphForCodePoint(char.codePointAt(0)!)),
    );
    expect(missing).toEqual([]);
  });

  it('draws those letters in the bundled Arabic face of each family, never a font of the build machine', () => {
    drawPreview(longest); // registers the fonts
    const ctx = createCanvas(10, 10).getContext('2d');
    const SIZE = 40;
    for (const [family, weight, file] of [
      [PREVIEW_SERIF, 700, FONT_FILES.arabicSerifBold],
      [PREVIEW_SANS, 400, FONT_FILES.arabicSans],
      [PREVIEW_SANS, 700, FONT_FILES.arabicSansBold],
    ] as const) {
      const face = openSync(require.resolve(file)) as Font;
      ctx.font = `${weight} ${SIZE}px ${previewFontStack(family)}`;
      // Word by word (spaces and full stops come from the Latin face, as they should), against the
      // file's own advance widths as fontkit shapes them.
      for (const word of words.join(' ').match(/[\u0600-\u06ff]+/g)!) {
        const expected = (face.layout(word).advanceWidth / face.unitsPerEm) * SIZE;
        expect(ctx.measureText(word).width, `${family} ${weight}: ${word}`).toBeCloseTo(expected, 0);
      }
    }
  });
});

// The right-to-left fixture (tests/fixtures/rtl), whose first section places its table's diagram,
// and the site's own Arabic and Persian editions (content/ar, content/fa), whose balancing-act section places the diagram.
describe.each([
  { name: 'the right-to-left fixture', article: () => shareArticle(join(root, 'tests/fixtures/rtl/content')), section: 'first' },
  { name: 'the Arabic edition', article: () => translatedShareArticle(join(root, 'content'), 'ar'), section: 'balancing-act' },
  { name: 'the Persian edition', article: () => translatedShareArticle(join(root, 'content'), 'fa'), section: 'balancing-act' },
])('a diagram in Arabic script in its section’s share image: $name', ({ article, section }) => {
  const previews = sectionPreviews(article());
  const preview = previews.find((p) => p.id === section)!;

  it('is in the image, and its words in the image’s alt text, as for a left-to-right diagram', () => {
    expect(preview.image.diagram).toBeDefined();
    expect(previews.filter((p) => p.image.diagram).map((p) => p.id)).toEqual([section]);
    const diagram = preview.image.diagram!;
    for (const block of [...diagram.nodes.flatMap((n) => n.texts), ...diagram.links.map((l) => l.label)]) {
      for (const line of block.lines) expect(preview.imageAlt).toContain(line.text);
    }
  });

  it('sets its words right to left with their letters joined, in Noto Sans Arabic: the pixels of each line as canvas text sets it on its own', () => {
    const { image } = preview;
    const diagram = image.diagram!;
    const { pixels } = drawPreview(image);
    const frame = diagramFrame(diagram, image.direction);
    // The diagram stands at the end edge: the left, in a right-to-left image.
    expect(frame.x).toBe(72);
    const lines = [...diagram.nodes.flatMap((n) => n.texts), ...diagram.links.map((l) => l.label)].flatMap((block) =>
      block.lines.map((line) => ({ ...line, size: block.fontSize * frame.scale, weight: block.fontWeight })),
    );
    expect(lines.map((l) => l.text).join(' ')).toMatch(/[\u0600-\u06ff]{3}/);

    type Line = (typeof lines)[number];
    /** A drawing of every line alone on paper, each set by `set` at its place in the image (x: the line's centre). */
    const reference = (set: (ctx: SKRSContext2D, line: Line, x: number, y: number) => void) => {
      const ctx = createCanvas(PREVIEW_WIDTH, PREVIEW_HEIGHT).getContext('2d');
      ctx.fillStyle = sitePalette.light.paper;
      ctx.fillRect(0, 0, PREVIEW_WIDTH, PREVIEW_HEIGHT);
      ctx.fillStyle = sitePalette.light.ink;
      for (const line of lines) {
        ctx.font = `${line.weight} ${line.size}px ${previewFontStack(PREVIEW_SANS)}`;
        set(ctx, line, frame.x + line.x * frame.scale, frame.y + line.y * frame.scale);
      }
      return ctx.getImageData(0, 0, PREVIEW_WIDTH, PREVIEW_HEIGHT).data;
    };
    // Right to left, shaped: the whole line in one fillText, centred.
    const rightToLeft = reference((ctx, line, x, y) => {
      ctx.direction = 'rtl';
      ctx.textAlign = 'center';
      ctx.fillText(line.text, x, y);
    });
    // What Skia's SVG text did: each letter on its own (unjoined), left to right.
    const leftToRight = reference((ctx, line, x, y) => {
      ctx.direction = 'ltr';
      ctx.textAlign = 'left';
      let at = x - ctx.measureText(line.text).width / 2;
      for (const letter of line.text) {
        ctx.fillText(letter, at, y);
        at += ctx.measureText(letter).width;
      }
    });
    /** Pixels of letters (text colours on paper or panel) in a line's band, as a set of offsets. */
    const letters = (data: Uint8ClampedArray, line: Line) => {
      const found = new Set<number>();
      const [cx, baseline] = [frame.x + line.x * frame.scale, frame.y + line.y * frame.scale];
      const half = (line.width * frame.scale) / 2 + 4;
      for (let y = Math.floor(baseline - line.size); y < baseline + line.size / 2; y++)
        for (let x = Math.floor(cx - half); x < cx + half; x++) {
          const i = (y * PREVIEW_WIDTH + x) * 4;
          if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 150) found.add(i);
        }
      return found;
    };
    /** Intersection over union of two sets of pixels. */
    const iou = (a: Set<number>, b: Set<number>) => {
      const both = [...a].filter((i) => b.has(i)).length;
      return both / (a.size + b.size - both);
    };
    for (const line of lines) {
      const drawn = letters(pixels, line);
      expect(drawn.size, line.text).toBeGreaterThan(20);
      expect(iou(drawn, letters(rightToLeft, line)), `right to left: ${line.text}`).toBeGreaterThan(0.85);
      // One letter reads the same either way; a word does not.
      if ([...line.text].length > 1) expect(iou(drawn, letters(leftToRight, line)), `left to right: ${line.text}`).toBeLessThan(0.5);
    }
  });
});

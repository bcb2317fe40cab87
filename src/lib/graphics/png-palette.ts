/**
 * Palette PNGs from drawings in a known set of colours (preview images, icons): every pixel is
 * mapped to its nearest palette entry, then written as a 4- or 8-bit indexed PNG.
 *
 * Written here rather than with a general quantiser because the palette is known in advance
 * (the design's colours and their antialiased blends, src/lib/share/preview-image.ts): sharp's
 * libimagequant pass took 26 ms an image, fast-png's JavaScript deflate 14 ms; a nearest-colour
 * map and Node's own zlib take under 10 ms, which is most of a 1,000-section build.
 *
 * The preview worker loads this file straight from src/ with Node's type stripping: keep its
 * imports explicit and its TypeScript erasable.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { Rgb } from './hex-colour.ts';

/** A palette entry: a colour, opaque, or with its alpha (0–255) for an icon's soft edges. */
export type PaletteColour = Rgb | [...Rgb, number];

const alphaOf = (colour: PaletteColour): number => colour[3] ?? 255;

/** `from` moved a share `amount` (0–1) of the way to `to`: an antialiased edge between the two. */
export const blend = (from: Rgb, to: Rgb, amount: number): Rgb => from.map((c, i) => Math.round(c + (to[i]! - c) * amount)) as Rgb;

/** `count` shares spaced evenly between 0 and 1, both left out: 2 gives ⅓ and ⅔. */
export const evenSteps = (count: number): number[] => Array.from({ length: count }, (_, i) => (i + 1) / (count + 1));

/** The `count` antialiasing blends evenly spaced between two colours, neither included. */
export const blendSteps = (from: Rgb, to: Rgb, count: number): Rgb[] => evenSteps(count).map((amount) => blend(from, to, amount));

/**
 * Each pixel of RGBA `pixels` as the index of its nearest palette colour: squared distance
 * between premultiplied colours, and between alphas (for opaque pixels and colours, plain RGB
 * distance). Drawings repeat few colours, so each distinct colour is looked up once.
 */
export function nearestIndices(pixels: Uint8Array | Uint8ClampedArray, palette: PaletteColour[]): Uint8Array {
  const count = pixels.length / 4;
  const words = new Uint32Array(pixels.buffer, pixels.byteOffset, count);
  const indices = new Uint8Array(count);
  const known = new Map<number, number>();
  let lastWord = -1;
  let lastIndex = 0;
  for (let i = 0; i < count; i++) {
    const word = words[i]!;
    if (word !== lastWord) {
      let index = known.get(word);
      if (index === undefined) {
        const a = pixels[i * 4 + 3]! / 255;
        const [r, g, b] = [pixels[i * 4]! * a, pixels[i * 4 + 1]! * a, pixels[i * 4 + 2]! * a];
        let best = Infinity;
        index = 0;
        for (let p = 0; p < palette.length; p++) {
          const [pr, pg, pb] = palette[p]!;
          const pa = alphaOf(palette[p]!) / 255;
          const distance = (pr * pa - r) ** 2 + (pg * pa - g) ** 2 + (pb * pa - b) ** 2 + (255 * (pa - a)) ** 2;
          if (distance < best) [best, index] = [distance, p];
        }
        known.set(word, index);
      }
      [lastWord, lastIndex] = [word, index];
    }
    indices[i] = lastIndex;
  }
  return indices;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * An indexed PNG (colour type 3): 4 bits a pixel for up to 16 colours, else 8; every row
 * unfiltered (the PNG spec's advice for palette images); zlib at `level`. Entries with an alpha
 * below 255 go into a tRNS chunk.
 */
export function encodePalettePng(indices: Uint8Array, width: number, height: number, palette: PaletteColour[], level = 6): Buffer {
  if (palette.length === 0 || palette.length > 256) throw new Error(`A PNG palette has 1 to 256 colours; got ${palette.length}.`);
  if (indices.length !== width * height) throw new Error(`Expected ${width * height} pixels; got ${indices.length}.`);
  const depth = palette.length <= 16 ? 4 : 8;
  const rowBytes = depth === 4 ? Math.ceil(width / 2) : width;
  const raw = Buffer.alloc((rowBytes + 1) * height);
  // The highest index, found in the same pass (a separate one cost 6 ms a preview): one past the
  // palette would be a pixel no decoder can show, or, at 4 bits, spill into its neighbour's nibble.
  let highest = 0;
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1) + 1; // byte 0 of each row: filter type 0, none
    const start = y * width;
    if (depth === 8) raw.set(indices.subarray(start, start + width), row);
    for (let x = 0; x < width; x++) {
      const index = indices[start + x]!;
      if (index > highest) highest = index;
      if (depth === 4) raw[row + (x >> 1)] = raw[row + (x >> 1)]! | (x & 1 ? index : index << 4);
    }
  }
  if (highest >= palette.length) throw new Error(`Pixel index ${highest} is past the ${palette.length}-colour palette.`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([depth, 3, 0, 0, 0], 8); // bit depth, colour type 3 (indexed), deflate, adaptive filters, no interlace
  // tRNS lists alphas up to the last translucent entry; the entries after it are opaque.
  const alphas = palette.map(alphaOf);
  const translucent = alphas.findLastIndex((alpha) => alpha < 255) + 1;
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flatMap(([r, g, b]) => [r, g, b]))),
    ...(translucent ? [chunk('tRNS', Uint8Array.from(alphas.slice(0, translucent)))] : []),
    chunk('IDAT', deflateSync(raw, { level })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

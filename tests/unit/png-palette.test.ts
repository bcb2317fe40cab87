/**
 * The previews' palette PNG writer: another decoder (sharp, libspng) reads back exactly the
 * colours written, at 4 bits a pixel up to 16 colours and 8 beyond.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { hexRgb, type Rgb } from '../../src/lib/graphics/hex-colour';
import { blend, blendSteps, encodePalettePng, nearestIndices, type PaletteColour } from '../../src/lib/graphics/png-palette';

/** An RGBA image whose pixels cycle through `colors`, with a ragged width (odd, so rows end mid-byte). */
function stripes(colors: Rgb[], width: number, height: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) pixels.set([...colors[(i * 7 + Math.floor(i / width)) % colors.length]!, 255], i * 4);
  return pixels;
}

async function decoded(png: Buffer): Promise<{ rgb: Buffer; isPalette: boolean | undefined; bitsPerSample: number | undefined }> {
  const meta = await sharp(png).metadata();
  return { rgb: await sharp(png).removeAlpha().raw().toBuffer(), isPalette: meta.isPalette, bitsPerSample: meta.bitsPerSample };
}

describe('palette PNG', () => {
  it.each([
    [5, 4],
    [16, 4],
    [17, 8],
    [200, 8],
  ])('with %i colours, decodes to exactly the pixels given, at %i bits a pixel', async (count, bits) => {
    const colors = Array.from({ length: count }, (_, i): Rgb => [i, (i * 37) % 256, 255 - i]);
    const [width, height] = [37, 9];
    const pixels = stripes(colors, width, height);
    const png = encodePalettePng(nearestIndices(pixels, colors), width, height, colors);
    const { rgb, isPalette, bitsPerSample } = await decoded(png);
    expect(isPalette).toBe(true);
    expect(bitsPerSample).toBe(bits);
    for (let i = 0; i < width * height; i++) expect([...rgb.subarray(i * 3, i * 3 + 3)]).toEqual([...pixels.subarray(i * 4, i * 4 + 3)]);
  });

  it('keeps translucent entries in a tRNS chunk (soft icon corners), and writes none for an opaque palette', async () => {
    const accent: Rgb = [155, 52, 18];
    const colours: PaletteColour[] = [[0, 0, 0, 0], accent, [...accent, 128], [251, 250, 247]];
    // Transparent, accent, half-transparent accent, paper; then a near-half accent and a near-transparent speck.
    const pixels = Uint8Array.from([0, 0, 0, 0, ...accent, 255, ...accent, 128, 251, 250, 247, 255, 150, 50, 20, 120, 3, 3, 3, 5]);
    const indices = nearestIndices(pixels, colours);
    expect([...indices]).toEqual([0, 1, 2, 3, 2, 0]);
    const png = encodePalettePng(indices, 6, 1, colours);
    expect(png.includes('tRNS')).toBe(true);
    const rgba = await sharp(png).ensureAlpha().raw().toBuffer();
    expect([...rgba]).toEqual([0, 0, 0, 0, ...accent, 255, ...accent, 128, 251, 250, 247, 255, ...accent, 128, 0, 0, 0, 0]);
    expect(encodePalettePng(indices, 6, 1, [accent, accent, accent, accent]).includes('tRNS')).toBe(false);
  });

  it('refuses a pixel index past the palette', () => {
    expect(() =>
      encodePalettePng(Uint8Array.from([0, 1, 2]), 3, 1, [
        [0, 0, 0],
        [255, 255, 255],
      ]),
    ).toThrow(/index 2 is past the 2-colour palette/);
  });

  it('maps each pixel to its nearest palette colour', () => {
    const palette: Rgb[] = [hexRgb('#ffffff'), hexRgb('#000'), hexRgb('#9b3412')];
    const pixels = Uint8Array.from([250, 250, 250, 255, 20, 10, 0, 255, 150, 60, 20, 255, 40, 40, 40, 255]);
    expect([...nearestIndices(pixels, palette)]).toEqual([0, 1, 2, 1]);
  });

  it('blends and reads hex colours, and refuses what it cannot write', () => {
    expect(blend([0, 0, 0], [255, 255, 255], 0.5)).toEqual([128, 128, 128]);
    expect(blendSteps([0, 0, 0], [255, 255, 255], 2)).toEqual([
      [85, 85, 85],
      [170, 170, 170],
    ]);
    expect(hexRgb('#1d1c19')).toEqual([0x1d, 0x1c, 0x19]);
    expect(() => hexRgb('red')).toThrow(/hex colour/);
    // No alpha: a palette PNG here has none (src/lib/theme/palette.ts refuses such a token with its name).
    expect(() => hexRgb('#1d1c1980')).toThrow(/hex colour/);
    expect(() => encodePalettePng(new Uint8Array(4), 2, 2, [])).toThrow(/1 to 256/);
    expect(() => encodePalettePng(new Uint8Array(3), 2, 2, [[0, 0, 0]])).toThrow(/4 pixels/);
  });
});

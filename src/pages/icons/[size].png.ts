import { readFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';

/** PNG fallbacks of public/favicon.svg: 32 px for browsers without SVG icons, 180 px for iOS home screens. */
export const ICON_SIZES = [32, 180];

export const getStaticPaths = () => ICON_SIZES.map((size) => ({ params: { size: String(size) } }));

export const GET: APIRoute = async ({ params }) => {
  const svg = await readFile(new URL('../../../public/favicon.svg', import.meta.url), 'utf8');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: Number(params.size) } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

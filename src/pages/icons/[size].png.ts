import { createCanvas, Image } from '@napi-rs/canvas';
import type { APIRoute } from 'astro';
import { pngResponse } from '../../lib/preview-image';
import { faviconSvg } from '../../lib/favicon';

/** PNG fallbacks of the favicon (src/lib/favicon.ts): 32 px for browsers without SVG icons, 180 px for iOS home screens. */
export const ICON_SIZES = [32, 180];

export const getStaticPaths = () => ICON_SIZES.map((size) => ({ params: { size: String(size) } }));

export const GET: APIRoute = async ({ params }) => {
  const size = Number(params.size);
  const icon = new Image();
  icon.src = Buffer.from(faviconSvg());
  const canvas = createCanvas(size, size);
  canvas.getContext('2d').drawImage(icon, 0, 0, size, size);
  return pngResponse(await canvas.encode('png'));
};

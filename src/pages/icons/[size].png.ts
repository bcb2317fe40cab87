import type { APIRoute } from 'astro';
import { pngResponse } from '../../lib/share/preview-image';
import { faviconPng } from '../../lib/theme/favicon';

/** PNG fallbacks of the favicon (src/lib/theme/favicon.ts): 32 px for browsers without SVG icons, 180 px for iOS home screens. */
export const ICON_SIZES = [32, 180];

export const getStaticPaths = () => ICON_SIZES.map((size) => ({ params: { size: String(size) } }));

export const GET: APIRoute = ({ params }) => pngResponse(faviconPng(Number(params.size)));

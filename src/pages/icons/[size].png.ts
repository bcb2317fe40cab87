import type { APIRoute } from 'astro';
import { pngResponse } from '../../lib/share/preview-image';
import { faviconPng, ICON_SIZES } from '../../lib/theme/favicon';

/** icons/<size>.png (src/lib/urls/urls.ts `iconPath`): the favicon's PNG files. */
export const getStaticPaths = () => Object.values(ICON_SIZES).map((size) => ({ params: { size: String(size) } }));

export const GET: APIRoute = ({ params }) => pngResponse(faviconPng(Number(params.size)));

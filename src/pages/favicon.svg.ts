import type { APIRoute } from 'astro';
import { faviconSvg } from '../lib/theme/favicon';

export const GET: APIRoute = () => new Response(faviconSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });

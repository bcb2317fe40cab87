import type { APIRoute } from 'astro';
import { absoluteHref } from '../lib/urls/urls';

// Share pages stay crawlable: link-preview bots honour robots.txt, and those pages say noindex themselves.
export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteHref('sitemap-index.xml')}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

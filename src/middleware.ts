/**
 * Every route as Astro renders it, in the build and in `astro dev`. First its route data, as
 * Starlight sets its own: the edition of the article its `[...edition]` parameter names (the
 * original's on a route without one, such as the 404 page), in `Astro.locals.article` for the page
 * and every component it renders; nothing else sets it. Then, for a page: its module script loaded
 * after the first paint (src/lib/security/enhance-loader.ts), and its <meta> policy's hashes
 * narrowed to the inline code it holds (src/lib/security/csp-meta.ts). Other responses (images,
 * data) pass as they are.
 */
import { defineMiddleware } from 'astro:middleware';
import { getArticle } from './lib/content/article';
import { isEdition, ORIGINAL } from './lib/content/editions';
import { pinPolicyHashes } from './lib/security/csp-meta';
import { deferModuleScripts } from './lib/security/enhance-loader';

export const onRequest = defineMiddleware(async (context, next) => {
  const { edition } = context.params;
  context.locals.article = await getArticle(isEdition(edition) ? edition : ORIGINAL);
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = pinPolicyHashes(deferModuleScripts(await response.text()));
  return new Response(html, { status: response.status, headers: response.headers });
});

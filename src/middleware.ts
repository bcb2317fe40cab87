/**
 * Every page as Astro renders it, in the build and in `astro dev`: its module script loaded after
 * the first paint (src/lib/security/enhance-loader.ts), then its <meta> policy's hashes narrowed to the
 * inline code it holds (src/lib/security/csp-meta.ts). Other responses (images, data) pass as they are.
 */
import { defineMiddleware } from 'astro:middleware';
import { pinPolicyHashes } from './lib/security/csp-meta';
import { deferModuleScripts } from './lib/security/enhance-loader';

export const onRequest = defineMiddleware(async (_, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = pinPolicyHashes(deferModuleScripts(await response.text()));
  return new Response(html, { status: response.status, headers: response.headers });
});

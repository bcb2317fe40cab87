import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security-headers';
import { normalizeBase } from '../lib/urls';

/** Writes dist/_headers for the build's base path, so Netlify and Cloudflare Pages send the security headers. */
export function staticHostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'static-host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}

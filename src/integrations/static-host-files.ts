import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipAsync } from '@gfx/zopfli';
import type { AstroIntegration } from 'astro';
import { editionPath, EDITIONS } from '../lib/content/editions';
import { headersFile, nginxFiles, nginxFolder } from '../lib/security/security-headers';
import { normalizeBase } from '../lib/urls/urls';

/**
 * Writes dist/_headers for the build's base path, so Netlify and Cloudflare Pages send the
 * security headers; the nginx recipe for the same base in a folder beside the output (dist-nginx/);
 * and each edition's article page gzipped once with Zopfli (index.html.gz),
 * which nginx sends as it is (`gzip_static on`): 5% smaller than gzip at its best level, and the
 * article is promised in TCP's first flight. Other pages are small and compressed by the host.
 */
const PRECOMPRESS_MAX_BYTES = 256 * 1024;

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
        // The nginx recipe, for this build's base, beside the output (dist/ gives dist-nginx/).
        const nginx = nginxFolder(dir);
        await mkdir(nginx, { recursive: true });
        for (const [file, text] of Object.entries(nginxFiles(base))) await writeFile(new URL(file, nginx), text);
        for (const edition of EDITIONS) {
          const page = new URL(editionPath(edition, 'index.html'), dir);
          const html = await readFile(page);
          // A page this long is past the first flight anyway (and Zopfli would take seconds): the host compresses it.
          if (html.length <= PRECOMPRESS_MAX_BYTES)
            await writeFile(new URL(`${page.href}.gz`), await gzipAsync(html, { numiterations: 15 }));
        }
      },
    },
  };
}

// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { liveContentServer } from './src/integrations/live-content';
import { outputInPlace } from './src/integrations/output-in-place';
import { diagramPaintStyles } from './src/integrations/diagram-paint';
import { editionModules } from './src/integrations/edition-modules';
import { staticHostFiles } from './src/integrations/static-host-files';
import { EDITIONS, ORIGINAL } from './src/lib/content/editions';
import { SHARE_PAGES } from './src/lib/urls/urls';
import { cspDirectives } from './src/lib/security/security-headers';
import { ENHANCE_LOADER_HASH } from './src/lib/security/enhance-loader';
import { THEME_SCRIPT_HASH } from './src/lib/security/csp-meta';

/**
 * Where the site is published. `astro build --site … --base …` overrides both; hosts that only
 * let you set environment variables use SITE_URL and BASE_PATH (Netlify's URL and Cloudflare
 * Pages' CF_PAGES_URL are picked up by themselves).
 */
const LOCAL_SITE = 'http://localhost:4321';
const site = process.env.SITE_URL || process.env.URL || process.env.CF_PAGES_URL || LOCAL_SITE;
if (site === LOCAL_SITE && process.argv.includes('build') && !process.argv.some((arg) => arg.startsWith('--site'))) {
  console.warn(`No site address given: canonical and preview URLs will point at ${LOCAL_SITE}. Deploys set SITE_URL or --site.`);
}
const base = process.env.BASE_PATH || '/';

/**
 * The server chunk a module goes in: an edition's sections (content/sections/, content/<lang>/sections/) share one.
 * @param {string} moduleId
 */
function sectionsChunk(moduleId) {
  const folder = /[\\/]content[\\/](?:([^\\/]+)[\\/])?sections[\\/]/.exec(moduleId);
  return folder ? `sections-${folder[1] ?? ORIGINAL}` : null;
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // A duplicate section id must stop the build, not silently replace the earlier section.
  prerenderConflictBehavior: 'error',
  // One round trip: each page carries its CSS inline.
  build: { inlineStylesheets: 'always' },
  // A <meta> Content-Security-Policy with hashes for the inlined styles, for hosts that cannot set headers.
  // The two inline scripts, the theme's (src/lib/theme/theme.ts) and the enhancement loader
  // (src/lib/security/enhance-loader.ts), are allowed by their hashes; no 'unsafe-inline'.
  security: { csp: { directives: cspDirectives, scriptDirective: { hashes: [THEME_SCRIPT_HASH, ENHANCE_LOADER_HASH] } } },
  // Nothing in the article is code; no highlighter styles to allow.
  markdown: { syntaxHighlight: false },
  integrations: [
    // Static prose compiled to HTML strings, not a call per element: the same pages, rendered
    // faster (each edition's page of 1,001 sections in about 0.4 s rather than 0.55, npm run bench:scale).
    mdx({ optimize: true }),
    // Share pages (/s/…) only redirect to the article: they stay out of the sitemap. Each page
    // lists its editions (/ and /ar/) as alternates.
    sitemap({
      filter: (page) => !new URL(page).pathname.includes(`/${SHARE_PAGES}`),
      i18n: { defaultLocale: ORIGINAL, locales: Object.fromEntries(EDITIONS.map((edition) => [edition, edition])) },
      // As on the pages: x-default is the original, for readers of any other language.
      serialize: (item) => {
        const original = item.links?.find((link) => link.lang === ORIGINAL);
        return original ? { ...item, links: [...(item.links ?? []), { ...original, lang: 'x-default' }] } : item;
      },
    }),
    staticHostFiles(),
    // The enhancement script's words and each edition's faces, from content (no language named in src/).
    editionModules(),
    // The diagram's colours and widths, from the data share images draw with (src/lib/diagram/paint.ts).
    diagramPaintStyles(),
    // astro dev: every save shows in the next request (src/lib/content/live-content.ts).
    liveContentServer(),
    // Last: dist/ is written over, not emptied first, and what this build did not write is deleted
    // once every integration has written its files (src/integrations/output-in-place.ts).
    outputInPlace(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Scripts ship as files, never inline, so the header policy can say script-src 'self'.
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Each edition's sections in one server chunk (its page reads them all), not one chunk a
        // section: a 1,000-section build bundles in a third less time and memory than that, and
        // peaks 50–100 MB lower than with every edition in a single chunk (npm run bench:scale).
        output: { codeSplitting: { groups: [{ name: sectionsChunk }] } },
        // MDX modules start with Astro's own "use astro:head-inject" directive; the bundler's
        // notice about it is noise repeated for every section file.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});

import type { AstroIntegration } from 'astro';
import { editionFolder } from '../lib/content/editions';
import { liveContent } from '../lib/content/live-content';

/**
 * `astro dev`: hands the dev server to the live-content registry (src/lib/content/live-content.ts), which
 * drops a changed file's compiled modules before the next page is worked out, and asks Astro to
 * write its list of content modules at once when an MDX file appears.
 *
 * The registry is then the one that renews a section's module on the server. Vite's own answer to
 * a saved section, which no module accepts, is to reload the whole server program: every module
 * evaluated again (1,001 sections' worth at scale) and the checked article worked out again, in
 * the background of the next save or on the request after it. The browser still reloads.
 */
export function liveContentServer(): AstroIntegration {
  return {
    name: 'live-content',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const content = editionFolder(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'live-content:sections-renewed-by-registry',
                enforce: 'pre',
                hotUpdate({ file }) {
                  if (this.environment.name !== 'client' && file.startsWith(content) && file.endsWith('.mdx')) return [];
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        if (refreshContent) liveContent().attach({ server, refreshContent });
      },
    },
  };
}

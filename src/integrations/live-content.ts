import type { AstroIntegration } from 'astro';
import { liveContent } from '../lib/content/live-content';

/**
 * `astro dev`: hands the dev server to the live-content registry (src/lib/content/live-content.ts), which
 * drops a changed file's compiled modules before the next page is worked out, and asks Astro to
 * write its list of content modules at once when an MDX file appears.
 */
export function liveContentServer(): AstroIntegration {
  return {
    name: 'live-content',
    hooks: {
      'astro:server:setup': ({ server, refreshContent }) => {
        if (refreshContent) liveContent().attach({ server, refreshContent });
      },
    },
  };
}

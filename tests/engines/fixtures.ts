/**
 * The engine tests' fixtures: one browser per worker in the project's engine (playwright.config.ts
 * names a project per engine), and `site`, that browser's window with URLs read under the
 * project's baseURL.
 */
import { test as base } from '@playwright/test';
import { launchEngine, type EngineName, type EnginePage } from '../support/engines';

export interface Site extends EnginePage {
  /** A path under the site's base as a URL, e.g. `ar/#actor-iran`. */
  url(path: string): string;
  /** Loads a path under the site's base. */
  open(path: string): Promise<void>;
}

export const test = base.extend<{ site: Site }, { engine: EngineName; window: EnginePage }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  window: [
    async ({ engine }, use) => {
      const window = await launchEngine(engine);
      await use(window);
      await window.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  site: async ({ window, baseURL }, use) => {
    await window.setViewport(1280, 800);
    const url = (path: string) => new URL(path, baseURL).href;
    await use(Object.assign(Object.create(window) as EnginePage, { url, open: (path: string) => window.goto(url(path)) }));
  },
});

export { expect } from '@playwright/test';

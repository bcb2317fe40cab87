import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/support/chromium';
import { ENGINES, type EngineName } from './tests/support/engines';

const executablePath = chromiumExecutable();

/**
 * The two builds `npm run build:test` makes (tests/.tmp/, never dist/): the site root on
 * `astro preview`, and a sub-path behind nginx. Each server has its own port and is always
 * started by Playwright: a server already on the port (such as `npm run dev` or `npm start`)
 * stops the run with a one-line error instead of being tested in the build's place.
 */
export const servers = {
  root: { port: 4321, base: '/' },
  subpath: { port: 4322, base: '/explainer/' },
};
const url = ({ port, base }: { port: number; base: string }) => `http://127.0.0.1:${port}${base}`;

export default defineConfig<{ engine: EngineName }>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    // The engine tests (tests/engines/): the same specs in Chromium, Firefox and WebKit, each
    // driven through its own protocol (tests/support/engines.ts), against the root build.
    ...ENGINES.map((engine) => ({ name: engine, testDir: 'tests/engines', use: { baseURL: url(servers.root), engine } })),
    // nginx.spec.ts tests the nginx recipe, which only the sub-path server runs.
    { name: 'root', use: { baseURL: url(servers.root) }, testIgnore: /nginx\.spec\.ts/ },
    // The sub-path run repeats what depends on URLs; markup-only checks (axe, print, the <meta>
    // policy on a host with no headers) run once, on the root.
    {
      name: 'subpath',
      use: { baseURL: url(servers.subpath) },
      testIgnore: /(accessibility|print|csp)\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: `node tests/support/preview-server.ts ${servers.root.port}`,
      url: url(servers.root),
      reuseExistingServer: false,
    },
    {
      command: `node tests/support/nginx-server.ts ${servers.subpath.port}`,
      url: url(servers.subpath),
      reuseExistingServer: false,
    },
  ],
});

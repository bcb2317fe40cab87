import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs } from './tests/support/chromium';
export default defineConfig({
  testDir: 'tests/e2e', workers: 2, reporter: 'line',
  use: { ...devices['Desktop Chrome'], baseURL: 'http://127.0.0.1:4401/', launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs } },
  projects: [{ name: 'root', testIgnore: /nginx\.spec\.ts/ }],
});

/**
 * Finds a Chromium for the tests: Playwright's own build where it is installed, else Debian's
 * /usr/bin/chromium, else (as root, with apt) installs Debian's package. `npx playwright install`
 * cannot download on these machines, so it is never attempted.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { installDebianPackage } from './apt.ts';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine with no network beyond loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The executable to launch, or undefined to let Playwright use its own installed build. */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  // Elsewhere, `npx playwright install chromium` or CHROMIUM_PATH will do as well.
  installDebianPackage('chromium', 'The browser tests');
  return DEBIAN_CHROMIUM;
}

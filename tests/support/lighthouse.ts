/**
 * Lighthouse (mobile settings, the default) on the article page as nginx serves it under the
 * sub-path, with gzip, as on a real host. Prints the four scores and fails below the bar:
 * 100 for accessibility, best practices and SEO; performance 100, or 95 under CI=true, since
 * a shared CI machine's timing noise can cost a point or two.
 * Run with Node 24: `npm run lighthouse` (after `npm run build:test`), or as part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumExecutable } from './chromium.ts';

const PORT = 4330;
const url = `http://127.0.0.1:${PORT}/explainer/`;
const bars: Record<string, number> = {
  performance: process.env.CI ? 95 : 100,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

const server = spawn(process.execPath, [join(import.meta.dirname, 'nginx-server.ts'), String(PORT)], { stdio: 'inherit' });

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer at ${url}`);
}

let failed = false;
const chrome = await waitForServer().then(() =>
  launch({ chromePath: chromiumExecutable(), chromeFlags: ['--headless=new', ...chromiumArgs] }),
);
try {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  const categories = result!.lhr.categories;
  for (const [id, bar] of Object.entries(bars)) {
    const score = Math.round((categories[id]?.score ?? 0) * 100);
    const ok = score >= bar;
    failed ||= !ok;
    console.log(`${ok ? '✓' : '✘'} ${categories[id]?.title ?? id}: ${score} (bar ${bar})`);
  }
  const audits = result!.lhr.audits;
  console.log(
    `  LCP ${audits['largest-contentful-paint']?.displayValue}, CLS ${audits['cumulative-layout-shift']?.displayValue}, TBT ${audits['total-blocking-time']?.displayValue}, ${audits['network-requests']?.details && 'items' in audits['network-requests'].details ? audits['network-requests'].details.items.length : '?'} requests, ${audits['total-byte-weight']?.displayValue}`,
  );
} finally {
  chrome.kill();
  server.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);

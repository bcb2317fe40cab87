import { chromium } from '@playwright/test';
const [, , base, ...pages] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const spec of pages) {
  const [path, width, scheme, full] = spec.split(',');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
  await page.goto(base + path);
  await page.waitForTimeout(400);
  const name = `/work/shots/${path.replace(/[^a-z0-9]+/gi, '_')}-${width}-${scheme}.png`;
  await page.screenshot({ path: name, fullPage: full === 'full' });
  console.log(name);
}
await browser.close();

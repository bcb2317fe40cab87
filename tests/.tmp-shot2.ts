import { chromium } from '@playwright/test';
const [, , url, sel, out, width, scheme] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
await page.goto(url!);
await page.locator(sel!).first().scrollIntoViewIfNeeded();
await page.waitForTimeout(300);
await page.screenshot({ path: out! });
await browser.close();

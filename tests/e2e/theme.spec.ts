/** The theme switch: System, Light, Dark, remembered, applied before the first paint, on a CSP without 'unsafe-inline'. */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForPrintStyles } from '../support/page';
import { wordsOf } from '../support/words';

const en = wordsOf('en');

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const [, lightHex, darkHex] = /--color-paper:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/i.exec(css)!;
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const PAPER = { light: rgb(lightHex!), dark: rgb(darkHex!) };

/** Records the body's background at DOMContentLoaded (listener added before any page script) and every console or CSP error. */
async function watch(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    // The 404 page answers with status 404, which Chromium logs as a failed load: expected.
    if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as { bgAtReady?: string; themeAtReady?: string; violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => w.violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        w.bgAtReady = getComputedStyle(document.body).backgroundColor;
        w.themeAtReady = document.documentElement.dataset.theme;
      },
      { capture: true, once: true },
    );
  });
  return {
    errors,
    ready: () => page.evaluate(() => (window as unknown as { bgAtReady?: string }).bgAtReady),
    violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

const themeSelect = (page: Page) => page.getByRole('combobox', { name: en.theme });
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
/** The theme-color the browser would use: the first tag whose media matches. */
const themeColor = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find((m) => !m.media || matchMedia(m.media).matches)
        ?.content,
  );

test('the control offers System, Light and Dark, labelled Theme, System first', async ({ page }) => {
  await page.goto('./');
  await expect(themeSelect(page)).toBeVisible();
  await expect(themeSelect(page)).toHaveValue('system');
  expect(await themeSelect(page).locator('option').allTextContents()).toEqual([en.themeSystem, en.themeLight, en.themeDark]);
});

test('Dark chosen under a light system is dark at DOMContentLoaded after a reload, with no console or CSP error', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const seen = await watch(page);
  await page.goto('./');
  expect(await seen.ready()).toBe(PAPER.light);
  await themeSelect(page).selectOption('dark');
  expect(await background(page)).toBe(PAPER.dark);
  expect(await themeColor(page)).toBe(darkHex);
  await page.reload();
  expect(await seen.ready()).toBe(PAPER.dark);
  await expect(themeSelect(page)).toHaveValue('dark');
  expect(await themeColor(page)).toBe(darkHex);
  expect(await seen.violations()).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('the chosen theme holds on first paint of the 404 page and of share pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const seen = await watch(page);
  await page.goto('./');
  await themeSelect(page).selectOption('dark');
  await page.goto('./no-such-page/');
  expect(await seen.ready()).toBe(PAPER.dark);
  // A share page redirects at once: hold the redirect back to look at the page itself.
  await page.route('**/s/*/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
  });
  const share = await page.evaluate(() => document.querySelector<HTMLAnchorElement>('.toc-list a')!.href);
  await page.goto(share.replace(/#(.*)$/, 's/$1/'));
  expect(await seen.ready()).toBe(PAPER.dark);
  expect(await seen.violations()).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('Light chosen under a dark system stays light; System follows the system as it changes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  expect(await background(page)).toBe(PAPER.dark);
  await themeSelect(page).selectOption('light');
  expect(await background(page)).toBe(PAPER.light);
  expect(await themeColor(page)).toBe(lightHex);
  await themeSelect(page).selectOption('system');
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
  expect(await background(page)).toBe(PAPER.dark);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(PAPER.light);
  expect(await themeColor(page)).toBe(lightHex);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe(PAPER.dark);
  expect(await themeColor(page)).toBe(darkHex);
});

test('a choice made elsewhere is followed: another tab at once, a page back from the back/forward cache on return', async ({
  context,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const other = await context.newPage();
  await other.goto('./');
  await themeSelect(other).selectOption('dark');
  await expect.poll(() => background(page)).toBe(PAPER.dark);
  await expect(themeSelect(page)).toHaveValue('dark');
  // Chromium under Playwright keeps no page in the back/forward cache, so the return is the event
  // such a page receives: pageshow with persisted set, after a change it heard nothing of.
  await page.evaluate(() => {
    localStorage.setItem('theme', 'light');
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });
  expect(await background(page)).toBe(PAPER.light);
  await expect(themeSelect(page)).toHaveValue('light');
  expect(await themeColor(page)).toBe(lightHex);
});

test('print stays black on white with Dark chosen', async ({ page }) => {
  await page.goto('./');
  await themeSelect(page).selectOption('dark');
  await waitForPrintStyles(page);
  await page.emulateMedia({ media: 'print' });
  expect(await background(page)).toBe('rgb(255, 255, 255)');
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
});

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('no control shows, and the page follows the system', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('explainer-theme')).toBeHidden();
    await expect(themeSelect(page)).toBeHidden();
    expect(await background(page)).toBe(PAPER.dark);
  });
});

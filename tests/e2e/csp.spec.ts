/**
 * The <meta> policy alone stops injected code: on the root build, served as GitHub Pages would
 * (no security headers at all), a copy of a built page with one inline script added must not run
 * it, and the browser must report the violation. Run on the root project only.
 */
import { expect, test } from '@playwright/test';
import { titledSections } from '../support/content';

const pages = ['./', './no-such-page/', `./s/${titledSections[0]!.id}/`];

test('the server sends no policy of its own, so the <meta> policy is the only one', async ({ request }) => {
  const response = await request.get('./');
  expect(response.headers()['content-security-policy']).toBeUndefined();
});

for (const path of pages) {
  test(`an inline script injected into a copy of ${path} is blocked by its <meta> policy and reported`, async ({
    page,
    request,
    baseURL,
  }) => {
    const original = await request.get(path);
    const html = await original.text();
    expect(html).toMatch(/<meta http-equiv="content-security-policy"/i);
    // The share page's instant redirect would leave the copy before it can be checked.
    const injected = html
      .replace(/<meta http-equiv="refresh"[^>]*>/, '')
      .replace('</body>', '<script>window.injectedRan = true;</script></body>');
    expect(injected).not.toBe(html);
    // The copy is served with no headers but its content type, as a bare static host would.
    const copy = new URL('csp-probe/', baseURL).href;
    await page.route(copy, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: injected }));
    await page.addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { violations });
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.disposition}`),
      );
    });
    await page.goto(copy, { waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { injectedRan?: boolean }).injectedRan)).toBeUndefined();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations))
      .toContainEqual(expect.stringMatching(/^script-src(-elem)? inline enforce$/));
  });
}

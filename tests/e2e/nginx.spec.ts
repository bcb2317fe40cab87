/** The nginx recipe (deploy/nginx/): run only in the `subpath` project, which nginx serves. */
import { expect, test } from '@playwright/test';
import { immutableCaching, securityHeaders } from '../../src/lib/security-headers';

test.describe('behind nginx, under a sub-path', () => {
  test('the base path without its slash redirects to it', async ({ request, baseURL }) => {
    const response = await request.get(new URL(baseURL!).pathname.replace(/\/$/, ''), { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers().location).toBe(new URL(baseURL!).pathname);
  });

  test('the recipe sends the security headers on pages and long caching on hashed assets', async ({ request, page }) => {
    const html = await request.get('./');
    for (const [name, value] of Object.entries(securityHeaders)) expect(html.headers()[name.toLowerCase()]).toBe(value);
    await page.goto('./');
    const script = await page.locator('script[src*="/_astro/"]').first().getAttribute('src');
    const asset = await request.get(script!);
    expect(asset.headers()['cache-control']).toBe(immutableCaching);
    expect(asset.headers()['content-security-policy']).toBe(securityHeaders['Content-Security-Policy']);
    const missing = await request.get('./missing/');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['x-content-type-options']).toBe('nosniff');
  });
});

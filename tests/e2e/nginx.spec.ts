/** The nginx recipe the sub-path build wrote beside it (explainer-nginx/): run only in the `subpath` project, which nginx serves. */
import { connect } from 'node:net';
import { expect, test, type APIResponse } from '@playwright/test';
import { editionPaths } from '../support/content';
import { immutableCaching, securityHeaders } from '../../src/lib/security/security-headers';

const expectSecurityHeaders = (response: APIResponse) => {
  for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers()[name.toLowerCase()], name).toBe(value);
};

test.describe('behind nginx, under a sub-path', () => {
  test('the base path without its slash redirects to it, with the security headers', async ({ request, baseURL }) => {
    const response = await request.get(new URL(baseURL!).pathname.replace(/\/$/, ''), { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers().location).toBe(new URL(baseURL!).pathname);
    expectSecurityHeaders(response);
  });

  test('the recipe sends the security headers on pages and long caching on hashed assets', async ({ request, page }) => {
    expectSecurityHeaders(await request.get('./'));
    await page.goto('./');
    const script = await page.locator('script[src*="/_astro/"]').first().getAttribute('src');
    const asset = await request.get(script!);
    expect(asset.headers()['cache-control']).toBe(immutableCaching);
    expectSecurityHeaders(asset);
    const missing = await request.get('./missing/');
    expect(missing.status()).toBe(404);
    expectSecurityHeaders(missing);
  });

  test('text goes out gzipped, marked Vary: Accept-Encoding for caches in between', async ({ request, page }) => {
    await page.goto('./');
    const script = (await page.locator('script[src*="/_astro/"]').getAttribute('src'))!;
    for (const path of ['./', script, './sitemap-index.xml']) {
      const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.headers()['content-encoding'], path).toBe('gzip');
      expect(response.headers().vary, path).toMatch(/Accept-Encoding/i);
    }
  });

  // Each edition's article: the original at the base, each translation under its language.
  for (const edition of editionPaths) {
    test(`the article ${edition || '(original)'} arrives whole in TCP's first flight: headers and gzipped page within 14,600 bytes`, async ({
      baseURL,
    }) => {
      // Ten segments of 1,460 bytes: what a server sends before the first acknowledgement (RFC 6928).
      // Counted off the socket, as a browser receives it: status line, headers, framing and body.
      const url = new URL(edition, baseURL!);
      const received = await new Promise<Buffer>((resolve, reject) => {
        const chunks: Buffer[] = [];
        const socket = connect(Number(url.port || 80), url.hostname, () =>
          socket.write(`GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nAccept-Encoding: gzip, deflate\r\nConnection: close\r\n\r\n`),
        );
        socket.on('data', (chunk: Buffer) => chunks.push(chunk));
        socket.on('end', () => resolve(Buffer.concat(chunks)));
        socket.on('error', reject);
      });
      // The whole article, gzipped: not a redirect, an error page or an empty reply.
      const headerEnd = received.indexOf('\r\n\r\n');
      const head = received.subarray(0, headerEnd).toString('latin1');
      expect(head).toMatch(/^HTTP\/1\.1 200 /);
      expect(head).toMatch(/^content-encoding: gzip\r?$/im);
      expect(received.length - headerEnd).toBeGreaterThan(10_000);
      const bytes = received.length;
      console.log(`The article ${url.pathname} on the wire: ${bytes} bytes`);
      expect(bytes).toBeLessThanOrEqual(14_600);
    });
  }
});

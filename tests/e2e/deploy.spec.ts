import { expect, test } from '@playwright/test';
import { titledSections } from '../support/content';
import { crawl } from '../support/crawl';

test.describe('the built site, as a host serves it', () => {
  test('every link, asset, preview image, sitemap and robots URL resolves, inside the base', async ({ request, baseURL }) => {
    const { statuses, pages, problems } = await crawl(request, baseURL!);
    expect(problems).toEqual([]);
    // The article and every share page are reached from the entry point.
    expect(pages.length).toBeGreaterThanOrEqual(1 + titledSections.length);
    for (const section of titledSections) expect(statuses.get(new URL(`s/${section.id}/`, baseURL).href)).toBe(200);
    expect(statuses.get(new URL('preview.png', baseURL).href)).toBe(200);
  });

  test('no page logs an error, breaks its security policy or calls another host', async ({ page, request, baseURL }) => {
    const { pages } = await crawl(request, baseURL!);
    // Each page is visited until its network is idle (its script fetched after the first paint):
    // the time grows with the editions and sections, so the limit does too.
    test.setTimeout(30_000 + pages.length * 2_000);
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(`${page.url()}: ${message.text()}`));
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on(
      'request',
      (req) => new URL(req.url()).hostname !== '127.0.0.1' && !req.url().startsWith('data:') && errors.push(`request to ${req.url()}`),
    );
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    for (const url of pages) {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
    }
    expect(errors).toEqual([]);
  });

  test('a missing page answers 404 with a page that leads back to the article', async ({ page, baseURL }) => {
    const response = await page.goto('./no-such-page/');
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/does not exist/);
    await expect(page.locator('main a').first()).toHaveAttribute('href', new URL(baseURL!).pathname);
    // Links a reader can tell from text: underlined, in the same colour as the article's link.
    const linkColour = await page
      .locator('main a')
      .first()
      .evaluate((a) => getComputedStyle(a).color);
    for (const section of titledSections) {
      const link = page.getByRole('link', { name: section.title });
      await expect(link).toHaveAttribute('href', `${new URL(baseURL!).pathname}#${section.id}`);
      await expect(link).toHaveCSS('text-decoration-line', 'underline');
      await expect(link).toHaveCSS('color', linkColour);
    }
  });

  test('the sitemap lists the article but no share page, and robots.txt points at it', async ({ request, baseURL }) => {
    const robots = await (await request.get('./robots.txt')).text();
    const sitemapIndex = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
    expect(sitemapIndex).toBe(new URL('sitemap-index.xml', baseURL).href);
    const index = await (await request.get(sitemapIndex)).text();
    const locs = await Promise.all([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(async ([, loc]) => (await request.get(loc!)).text()));
    const urls = locs.flatMap((xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc));
    expect(urls).toContain(baseURL);
    expect(urls.filter((u) => u!.includes('/s/'))).toEqual([]);
  });

  test('the article carries canonical URL, JSON-LD and icons for this address', async ({ page, baseURL }) => {
    await page.goto('./');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', baseURL!);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd['@type']).toBe('Article');
    expect(jsonLd.headline).toBe(await page.locator('h1').textContent());
    expect(jsonLd.author).toBeUndefined();
    expect(jsonLd.hasPart.map((p: { url: string }) => p.url)).toEqual(titledSections.map((s) => new URL(`#${s.id}`, baseURL).href));
    await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute('content', /^#/);
    // The icon travels inline as a 32 px PNG (no request before the first paint, and no SVG
    // document for the browser to lay out); favicon.svg stays for others. Both, drawn by the
    // browser on the paper colour, give the same picture: the PNG's palette keeps each pixel
    // within a few levels of the SVG's.
    const icon = (await page.locator('link[rel="icon"]').getAttribute('href'))!;
    expect(icon).toMatch(/^data:image\/png;base64,/);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('sizes', '32x32');
    expect((await page.request.get(new URL('favicon.svg', baseURL).href)).ok()).toBe(true);
    const drawn = (src: string) =>
      page.evaluate(async (url) => {
        const image = new Image(32, 32);
        image.src = url;
        await image.decode();
        const canvas = Object.assign(document.createElement('canvas'), { width: 32, height: 32 });
        const context = canvas.getContext('2d')!;
        context.fillStyle = getComputedStyle(document.body).backgroundColor;
        context.fillRect(0, 0, 32, 32);
        context.drawImage(image, 0, 0, 32, 32);
        return Array.from(context.getImageData(0, 0, 32, 32).data);
      }, src);
    const [png, svg] = [await drawn(icon), await drawn(new URL('favicon.svg', baseURL).href)];
    const worst = Math.max(...png.map((value, i) => Math.abs(value - svg[i]!)));
    expect(worst, 'largest difference of one colour channel, 0-255').toBeLessThanOrEqual(24);
    for (const size of [32, 180])
      expect((await page.request.get(new URL(`icons/${size}.png`, baseURL).href)).headers()['content-type']).toBe('image/png');
  });
});

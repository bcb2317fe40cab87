import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { article, titledSections } from '../support/content';
import { expectUncovered, metaContent, pixelsUnlike, pngSize } from '../support/page';
import { PREVIEW_MAX_BYTES } from '../../src/lib/share/preview-size';
import { documentTitle } from '../../src/lib/share/titles';

test.describe('permalinks', () => {
  test('each section heading has a labelled permalink after it, not inside it', async ({ page }) => {
    await page.goto('./');
    for (const section of titledSections) {
      const heading = page.getByRole('heading', { level: 2, name: section.title, exact: true });
      await expect(heading).toHaveCount(1);
      const link = page.getByRole('link', { name: `Link to section: ${section.title}` });
      await expect(link).toHaveAttribute('href', `#${section.id}`);
      expect(await heading.locator('a').count()).toBe(0);
    }
  });

  test('clicking one puts #id in the address and lands the heading uncovered', async ({ page }) => {
    await page.goto('./');
    const section = titledSections[3]!;
    await page.locator(`h2#${section.id}`).hover();
    await page.getByRole('link', { name: `Link to section: ${section.title}` }).click();
    await expect(page).toHaveURL(new RegExp(`#${section.id}$`));
    await expectUncovered(page.locator(`h2#${section.id}`));
  });

  test('the permalink hit area is at least 24 by 24 px', async ({ page }) => {
    await page.goto('./');
    const box = await page.locator('.permalink').first().boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);
  });

  test('on a wide screen, a permalink hanging in the margin paints when focused: the section does not clip it', async ({ page }) => {
    // Sections are laid out lazily (content-visibility), which clips their paint; the clip margin
    // must leave room for the permalink 2.5rem outside the text column and for its focus ring.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./');
    const link = page.getByRole('link', { name: `Link to section: ${titledSections[2]!.title}` });
    const h2 = page.locator(`h2#${titledSections[2]!.id}`);
    // Centred, and measured once the sections around it have been laid out.
    await h2.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await h2.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const heading = (await h2.boundingBox())!;
    const box = (await link.boundingBox())!;
    expect(box.x + box.width, 'the permalink hangs before the heading').toBeLessThanOrEqual(heading.x);
    // The ring reaches 5 px outside the link (2 px offset, 3 px outline).
    const clip = { x: box.x - 6, y: box.y - 6, width: box.width + 12, height: box.height + 12 };
    const quiet = await page.screenshot({ clip });
    await link.focus();
    await expect(link).toHaveCSS('opacity', '1');
    const focused = await page.screenshot({ clip });
    const pixels = async (png: Buffer) => sharp(png).raw().toBuffer();
    const [before, after] = [await pixels(quiet), await pixels(focused)];
    const changed = before.reduce((count, value, i) => count + (value !== after[i] ? 1 : 0), 0);
    // A painted ring alone changes more than a tenth of the channels around a 32 px box.
    expect(changed, 'colour channels that changed when the permalink took focus').toBeGreaterThan(before.length / 10);
  });

  test('a landed section is highlighted', async ({ page }) => {
    const section = titledSections[1]!;
    await page.goto(`./#${section.id}`);
    const landed = page.locator('.article-section:has(:target)');
    await expect(landed).toHaveCount(1);
    await expect(landed.locator('h2')).toHaveId(section.id);
  });

  test('the landing highlight fades, except under reduced motion where it simply stays', async ({ page }) => {
    const section = titledSections[2]!;
    await page.goto(`./#${section.id}`);
    const landed = page.locator('.article-section:has(:target)');
    expect(await landed.evaluate((el) => getComputedStyle(el).animationName)).not.toBe('none');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await landed.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });

  test('a text fragment link lands on its words and marks them', async ({ page }) => {
    await page.goto('./#:~:text=pivotal%20shift');
    const words = page.getByText('highlight a pivotal shift', { exact: false });
    await expect(words).toBeInViewport();
    // Where the browser draws the matched words, and the page's own background colour.
    const { clip, background } = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('pivotal shift');
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'pivotal shift'.length);
        const { x, y, width, height } = range.getBoundingClientRect();
        return { clip: { x, y, width, height }, background: getComputedStyle(document.body).backgroundColor };
      }
      throw new Error('the words are not on the page');
    });
    // Marked: most of the words' box is painted in a colour other than the page's (unmarked text
    // leaves most of it background, glyphs cover a small part).
    const other = await pixelsUnlike(await page.screenshot({ clip }), background, 24);
    expect(other.count / other.total).toBeGreaterThan(0.6);
  });

  test('a table row reached by its link is highlighted', async ({ page }) => {
    await page.goto('./#actor-israel');
    const row = page.locator('tr#actor-israel');
    await expect(row).toBeInViewport();
    const [rowBg, otherBg] = await Promise.all(
      [row, page.locator('tr#actor-iran')].map((r) => r.evaluate((el) => getComputedStyle(el).backgroundColor)),
    );
    expect(rowBg).not.toBe(otherBg);
  });

  for (const section of titledSections.filter((s) => s.aliases?.length)) {
    test(`older ids of ${section.id} still land on it`, async ({ page }) => {
      for (const alias of section.aliases!) {
        await page.goto(`./#${alias}`);
        await expectUncovered(page.locator(`h2#${section.id}`));
      }
    });
  }
});

test.describe('share pages', () => {
  for (const section of titledSections) {
    test(`/s/${section.id}/ lands the reader on the section, uncovered`, async ({ page }) => {
      await page.goto(`./s/${section.id}/`);
      await page.waitForURL((url) => url.hash === `#${section.id}`);
      expect(new URL(page.url()).pathname).not.toContain('/s/');
      await expectUncovered(page.locator(`h2#${section.id}`));
    });
  }

  test('each carries its own preview tags, distinct per section', async ({ page, request, baseURL }) => {
    await page.goto('./');
    const seen = new Map<string, Set<string>>();
    for (const section of titledSections) {
      const response = await request.get(`./s/${section.id}/`);
      expect(response.status()).toBe(200);
      // The refresh would move a loaded page on: read the tags from the HTML, as a crawler does.
      const html = await response.text();
      const doc = await page.evaluate((source) => {
        const d = new DOMParser().parseFromString(source, 'text/html');
        const meta = (key: string) => d.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
        return {
          title: d.title,
          description: meta('description'),
          ogTitle: meta('og:title'),
          ogDescription: meta('og:description'),
          ogUrl: meta('og:url'),
          ogImage: meta('og:image'),
          ogImageWidth: meta('og:image:width'),
          ogImageHeight: meta('og:image:height'),
          ogImageAlt: meta('og:image:alt'),
          twitterCard: meta('twitter:card'),
          robots: meta('robots'),
          refresh: d.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? null,
          canonical: d.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
          fallback: d.querySelector('main a')?.getAttribute('href') ?? null,
        };
      }, html);
      expect(doc.title).toBe(documentTitle(section.title, article.siteName));
      expect(doc.description).toBe(section.summary);
      expect(doc.ogTitle).toBe(section.title);
      expect(doc.ogDescription).toBe(section.summary);
      expect(new URL(doc.ogUrl!).pathname).toMatch(new RegExp(`/s/${section.id}/$`));
      expect(doc.twitterCard).toBe('summary_large_image');
      expect(doc.robots).toBe('noindex');
      expect(doc.ogImageAlt).toContain(section.title);
      expect([doc.ogImageWidth, doc.ogImageHeight]).toEqual(['1200', '630']);
      expect(new URL(doc.canonical!).pathname).toBe(new URL(baseURL!).pathname);
      expect(doc.refresh).toMatch(new RegExp(`^0; url=.*#${section.id}$`));
      expect(doc.fallback).toMatch(new RegExp(`#${section.id}$`));

      const image = await request.get(new URL(doc.ogImage!).pathname);
      expect(image.status()).toBe(200);
      expect(image.headers()['content-type']).toBe('image/png');
      const png = await image.body();
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      // Chat apps fetch it on every share: at most 25 KiB.
      expect(png.length).toBeLessThanOrEqual(PREVIEW_MAX_BYTES);

      for (const [key, value] of Object.entries(doc)) {
        if (['twitterCard', 'robots', 'ogImageWidth', 'ogImageHeight', 'canonical'].includes(key)) continue;
        const values = seen.get(key) ?? new Set();
        expect(values.has(value!), `${key} repeats on /s/${section.id}/`).toBe(false);
        seen.set(key, values.add(value!));
      }
    }
  });

  test('the article has the same set of preview tags for itself', async ({ page, request }) => {
    await page.goto('./');
    expect(await metaContent(page, 'og:title')).toBe(article.title);
    expect(await metaContent(page, 'og:description')).toBe(article.description);
    expect(await metaContent(page, 'twitter:card')).toBe('summary_large_image');
    expect(await metaContent(page, 'og:image:alt')).toBeTruthy();
    const image = await request.get(new URL((await metaContent(page, 'og:image'))!).pathname);
    const png = await image.body();
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThanOrEqual(PREVIEW_MAX_BYTES);
  });
});

test.describe('copy link', () => {
  test('its script is fetched only after the first paint, then the buttons work', async ({ page }) => {
    await page.goto('./');
    const firstButton = page.getByRole('button', { name: `Copy link: ${titledSections[0]!.title}` });
    await expect(firstButton).toBeVisible();
    const { paint, fetched } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      fetched: performance
        .getEntriesByType('resource')
        .filter((entry) => /\/_astro\/.*\.js$/.test(entry.name))
        .map((entry) => entry.startTime),
    }));
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toBeGreaterThanOrEqual(paint);
  });

  test('copies the section’s share URL and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    const section = titledSections[2]!;
    await page.getByRole('button', { name: `Copy link: ${section.title}` }).click();
    await expect(page.locator('#copy-status')).toHaveText('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(`${new URL(baseURL!).pathname}s/${section.id}/`);
    expect(copied).not.toContain('?');
  });

  test('where the clipboard is refused, shows the link selected in a field', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.goto('./');
    const section = titledSections[0]!;
    await page.getByRole('button', { name: `Copy link: ${section.title}` }).click();
    const field = page.getByRole('textbox', { name: 'Link to this section' });
    await expect(field).toBeFocused();
    expect(await field.inputValue()).toMatch(new RegExp(`/s/${section.id}/$`));
    expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBe(
      (await field.inputValue()).length,
    );
  });

  test('opens the share sheet where the Web Share API exists, and a cancel is no error', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: unknown[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.assign(navigator, {
        canShare: () => true,
        share: (data: unknown) => {
          calls.push(data);
          return Promise.reject(new DOMException('cancelled', 'AbortError'));
        },
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('./');
    const section = titledSections[4]!;
    await page.getByRole('button', { name: `Share: ${section.title}` }).click();
    const calls = await page.evaluate(() => (window as unknown as { shareCalls: { url: string }[] }).shareCalls);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toMatch(new RegExp(`/s/${section.id}/$`));
    await expect(page.locator('#copy-status')).toHaveText('');
    expect(errors).toEqual([]);
  });
});

test.describe('table of contents', () => {
  test('lists every section and marks the one being read', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./');
    const toc = page.getByRole('navigation', { name: 'Contents' });
    await expect(toc.getByRole('link')).toHaveText([...titledSections.map((s) => s.title), 'Back to top']);
    const target = titledSections[3]!;
    await page.locator(`h2#${target.id}`).evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 120));
    await expect(toc.locator('a[aria-current="true"]')).toHaveText(target.title);
    await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
  });

  test('is a collapsible disclosure on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('./');
    const toc = page.getByRole('navigation', { name: 'Contents' });
    await expect(toc.getByRole('link').first()).toBeHidden();
    await toc.locator('summary').click();
    await toc.getByRole('link', { name: titledSections[5]!.title }).click();
    await expectUncovered(page.locator(`h2#${titledSections[5]!.id}`));
  });

  test('“Back to top” returns to the top', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./#${titledSections[5]!.id}`);
    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Back to top' }).click();
    await expect(page.locator('h1')).toBeInViewport();
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('permalinks and the contents work, and no copy button is shown', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('./');
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.locator('.copy-button:visible')).toHaveCount(0);
    const toc = page.getByRole('navigation', { name: 'Contents' });
    await toc.locator('summary').click();
    await toc.getByRole('link', { name: titledSections[2]!.title }).click();
    await expect(page).toHaveURL(new RegExp(`#${titledSections[2]!.id}$`));
    await expectUncovered(page.locator(`h2#${titledSections[2]!.id}`));
    await page.getByRole('link', { name: `Link to section: ${titledSections[4]!.title}` }).click();
    await expect(page).toHaveURL(new RegExp(`#${titledSections[4]!.id}$`));
  });
});

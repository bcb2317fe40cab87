/** Taking the article away: the table as CSV and JSON, and a citation to paste into a paper. */
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { actorTable, article, originalLanguage } from '../support/content';
import { wordsOf } from '../support/words';

const en = wordsOf('en');

const updatedDay = article.updated.toISOString().slice(0, 10);
const updatedText = new Intl.DateTimeFormat(originalLanguage, { dateStyle: 'long', timeZone: 'UTC' }).format(
  new Date(`${updatedDay}T00:00:00Z`),
);
const cells = (row: Record<string, unknown>) => actorTable.columns.map((c) => String(row[c.field]));

test.describe('table downloads', () => {
  test('"Download this table: CSV · JSON" sits right below the table, each link naming its format', async ({ page }) => {
    await page.goto('./');
    const line = page.locator(`#${actorTable.id}-downloads`);
    await expect(line).toHaveAttribute('data-supplement', '');
    await expect(line).toContainText(en.downloadTable);
    // The next thing after the table's scroll region.
    expect(await line.evaluate((el) => el.previousElementSibling?.querySelector('table')?.id)).toBe(actorTable.id);
    for (const format of [en.downloadCsv, en.downloadJson]) {
      await expect(line.getByRole('link', { name: en.downloadName(format, actorTable.caption), exact: true })).toHaveText(format);
    }
  });

  test('the CSV answers 200 as text/csv in UTF-8 and reads back cell for cell', async ({ page, request, baseURL }) => {
    await page.goto('./');
    const href = await page.getByRole('link', { name: en.downloadName(en.downloadCsv, actorTable.caption) }).getAttribute('href');
    const url = new URL(href!, baseURL).href;
    expect(url).toBe(new URL(`data/${actorTable.id}.csv`, baseURL).href);
    const response = await request.get(url);
    expect(response.status()).toBe(200);
    const type = response.headers()['content-type']!;
    expect(type).toMatch(/^text\/csv(;\s*charset=utf-8)?$/i);
    // nginx (the sub-path server) runs the repository's recipe, which states the charset.
    if (new URL(baseURL!).pathname !== '/') expect(type).toBe('text/csv; charset=utf-8');
    const body = await response.body();
    expect(body.subarray(0, 3).toString('hex'), 'no byte-order mark').not.toBe('efbbbf');
    const text = body.toString('utf8');
    expect(text).toContain('\r\n');
    expect(parse(text, { relax_quotes: false })).toEqual([actorTable.columns.map((c) => c.label), ...actorTable.rows.map(cells)]);
  });

  test('the Arabic edition’s CSV answers 200 as text/csv in UTF-8, with a byte-order mark for Excel', async ({ request, baseURL }) => {
    const response = await request.get(new URL(`ar/data/${actorTable.id}.csv`, baseURL).href);
    expect(response.status()).toBe(200);
    const type = response.headers()['content-type']!;
    expect(type).toMatch(/^text\/csv(;\s*charset=utf-8)?$/i);
    if (new URL(baseURL!).pathname !== '/') expect(type).toBe('text/csv; charset=utf-8');
    const body = await response.body();
    expect(body.subarray(0, 3).toString('hex')).toBe('efbbbf');
    expect(parse(body, { bom: true, relax_quotes: false })).toHaveLength(actorTable.rows.length + 1);
  });

  test('the JSON answers 200 as JSON with caption, source, updated, language, columns and rows', async ({ request, baseURL }) => {
    const response = await request.get(new URL(`data/${actorTable.id}.json`, baseURL).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      caption: actorTable.caption,
      source: new URL('./', baseURL).href,
      updated: updatedDay,
      language: 'en',
      columns: actorTable.columns.map(({ field, label }) => ({ field, label })),
      rows: actorTable.rows.map((row) => ({
        id: row.id,
        ...Object.fromEntries(actorTable.columns.map((c) => [c.field, String(row[c.field])])),
      })),
    });
  });

  test('no sitemap lists the data files', async ({ request, baseURL }) => {
    const index = await (await request.get(new URL('sitemap-index.xml', baseURL).href)).text();
    for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      expect(await (await request.get(loc!)).text()).not.toMatch(/\/data\//);
    }
  });
});

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false });

  test('the download links and the citation texts are there; the Copy buttons are not', async ({ page, request, baseURL }) => {
    await page.goto('./');
    for (const link of await page.locator(`#${actorTable.id}-downloads a`).all()) {
      expect((await request.get(new URL((await link.getAttribute('href'))!, baseURL).href)).status()).toBe(200);
    }
    await expect(page.locator('#cite-text')).toBeVisible();
    await expect(page.locator('#cite-bibtex')).toBeVisible();
    await expect(page.locator('#cite').getByRole('button')).toHaveCount(0);
  });
});

test.describe('cite this explainer', () => {
  test('a headed block at the end with the headline, the canonical URL, the updated day and no invented dates', async ({
    page,
    baseURL,
  }) => {
    await page.goto('./');
    const canonical = new URL('./', baseURL).href;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
    const block = page.locator('#cite');
    await expect(block).toHaveAttribute('data-supplement', '');
    await expect(block.getByRole('heading', { level: 2, name: en.cite })).toBeVisible();
    // Last in the article: nothing of the article follows it.
    expect(await block.evaluate((el) => el.nextElementSibling === null && el.parentElement?.matches('#main > article'))).toBe(true);
    const plain = (await page.locator('#cite-text').textContent())!;
    expect(plain).toContain(article.title);
    expect(plain).toContain(article.siteName);
    expect(plain).toContain(canonical);
    expect(plain).toContain(updatedText);
    expect(plain).toContain(`${en.accessed}.`);
    const bibtex = (await page.locator('#cite-bibtex').textContent())!;
    expect(bibtex).toMatch(/^@online\{[a-z0-9]+\d{4},\n/);
    expect(bibtex).toContain(`title = {{${article.title}}}`);
    expect(bibtex).toContain(`url = {${canonical}}`);
    expect(bibtex).toContain(`date = {${updatedDay}}`);
    expect(bibtex).not.toMatch(/author/);
  });

  test('reference managers find title, date, publisher and URL in the head', async ({ page, baseURL }) => {
    await page.goto('./');
    const meta = (name: string) => page.locator(`meta[name="${name}"]`);
    await expect(meta('citation_title')).toHaveAttribute('content', article.title);
    await expect(meta('citation_date')).toHaveAttribute('content', updatedDay.replaceAll('-', '/'));
    await expect(meta('citation_publisher')).toHaveAttribute('content', article.siteName);
    await expect(meta('citation_public_url')).toHaveAttribute('content', new URL('./', baseURL).href);
    await expect(meta('DC.title')).toHaveAttribute('content', article.title);
    await expect(meta('DC.date')).toHaveAttribute('content', updatedDay);
    await expect(meta('citation_author')).toHaveCount(0);
    await expect(meta('DC.rights')).toHaveCount(0);
  });

  for (const id of ['cite-text', 'cite-bibtex']) {
    test(`Copy puts the ${id} text on the clipboard and announces it`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('./');
      const button = page.locator(`explainer-copy[data-copy-from="${id}"] button`);
      await expect(button).toBeVisible();
      await expect(button).toHaveText(en.copy);
      await button.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator(`#${id}`).textContent());
      await expect(page.locator('#copy-status')).toHaveText(en.citationCopied);
      await expect(button).toHaveText(en.copied);
    });
  }
});

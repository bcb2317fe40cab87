/**
 * Honest dates: the article shows the days content/article.yaml gives, never a build or git date,
 * and its JSON-LD and citation tags say the same. "Updated" always; "Published" only when content
 * states it. Both cases are built and checked, each with its own expectations: the root test build
 * as content stands, and a copy of the project whose article.yaml says the other thing (a
 * publication day put in, as content states none today, or taken out).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, originalLanguage } from '../support/content';
import { readDist } from '../support/dist';
import { astro, projectCopy } from '../support/project-copy';

const iso = (date: Date) => date.toISOString().slice(0, 10);
const long = (date: Date) => new Intl.DateTimeFormat(originalLanguage, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
/** The publication day: content's, or the one the copy puts in (any day on or before "updated"). */
const published = article.published ?? new Date('2024-03-14');

/** What a built article page says about its dates. */
function dates(html: string) {
  const { document } = parseHTML(html);
  const meta = document.querySelector('main .article-meta')!;
  const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;
  return {
    text: meta.textContent!.replace(/\s+/g, ' ').trim(),
    times: [...meta.querySelectorAll('time')].map((time) => time.getAttribute('datetime')),
    datePublished: jsonLd.datePublished,
    dateModified: jsonLd.dateModified,
    citationPublished: document.querySelector('meta[name="citation_publication_date"]')?.getAttribute('content'),
  };
}

const pages: { withDay?: ReturnType<typeof dates>; withoutDay?: ReturnType<typeof dates> } = {};

describe('the article’s dates', () => {
  beforeAll(async () => {
    const dir = await projectCopy('dates/other');
    const yamlFile = join(dir, 'content/article.yaml');
    const yaml = await readFile(yamlFile, 'utf8');
    const other = article.published
      ? yaml.replace(/^published: .*\n/m, '')
      : yaml.replace(/^updated: .*$/m, (line) => `${line}\npublished: ${iso(published)}`);
    expect(other).not.toBe(yaml);
    await writeFile(yamlFile, other);
    const build = await astro(dir, ['build']);
    expect(build.code, build.output).toBe(0);
    const [root, copy] = [dates(readDist('index.html').toString()), dates(await readFile(join(dir, 'dist/index.html'), 'utf8'))];
    [pages.withDay, pages.withoutDay] = article.published ? [root, copy] : [copy, root];
  });

  it('without a publication day in content: "Updated" alone, and no publication day anywhere', () => {
    expect(pages.withoutDay!.text).not.toContain('Published');
    expect(pages.withoutDay).toEqual({
      text: expect.stringContaining(`Updated ${long(article.updated)}`),
      times: [iso(article.updated)],
      datePublished: undefined,
      dateModified: iso(article.updated),
      citationPublished: undefined,
    });
  });

  it('with a publication day in content: "Published" then "Updated", and the same day in JSON-LD and the citation tags', () => {
    expect(pages.withDay).toEqual({
      text: expect.stringContaining(`Published ${long(published)} · Updated ${long(article.updated)}`),
      times: [iso(published), iso(article.updated)],
      datePublished: iso(published),
      dateModified: iso(article.updated),
      citationPublished: iso(published).replaceAll('-', '/'),
    });
  });
});

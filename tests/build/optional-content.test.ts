/**
 * What content may add, and how the pages follow: an `author` and a `license` in
 * content/article.yaml reach the citations, the reference-manager tags and JSON-LD of every
 * edition (the translations inherit them); At a glance points taken from one section stand in the
 * section's own order, whatever order the file lists them in. Built in a copy of the project.
 * Also, on the test builds as content stands: each edition's reading time follows its own rate.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { editionFolders, editionPaths } from '../support/content';
import { readDist } from '../support/dist';
import { astro, projectCopy } from '../support/project-copy';
import { editionYaml, wordsOf } from '../support/words';

const AUTHOR = 'Jane Doe';
const LICENSE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
// Two points of one section, listed in the file the other way round from the section's order.
const FIRST = 'Iraq aims to promote a peaceful environment in the face of escalating threats that could destabilize the area further.';
const SECOND = 'By positioning itself as a mediator, Iraq seeks to enhance its diplomatic standing and attract foreign investment.';

let dir = '';
const page = async (file: string) => parseHTML(await readFile(join(dir, 'dist', file), 'utf8')).document;

describe('what content may add', () => {
  beforeAll(async () => {
    dir = await projectCopy('optional-content/copy');
    const articleFile = join(dir, 'content/article.yaml');
    await writeFile(
      articleFile,
      `${await readFile(articleFile, 'utf8')}author: ${AUTHOR}\nlicense: { id: ${LICENSE.id}, url: '${LICENSE.url}' }\n`,
    );
    await writeFile(
      join(dir, 'content/at-a-glance.yaml'),
      `points:\n  - { section: balancing-act, text: '${SECOND}' }\n  - { section: balancing-act, text: '${FIRST}' }\n  - { section: conclusions, text: 'This initiative reflects Iraq’s desire to assert its sovereignty and reduce tensions that could destabilize the fragile security landscape in the region.' }\n`,
    );
    const build = await astro(dir, ['build']);
    expect(build.code, build.output).toBe(0);
  });

  it.each(editionPaths.map((path) => `${path}index.html`))(
    '%s: the author and the licence in the citations, the tags and JSON-LD',
    async (file) => {
      const document = await page(file);
      const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(jsonLd.author).toEqual({ '@type': 'Person', name: AUTHOR });
      expect(jsonLd.license).toBe(LICENSE.url);
      expect(document.querySelector('meta[name="DC.rights"]')?.getAttribute('content')).toBe(LICENSE.url);
      expect(document.querySelector('meta[name="citation_author"]')?.getAttribute('content')).toBe(AUTHOR);
      expect(document.getElementById('cite-text')?.textContent).toMatch(new RegExp(`^${AUTHOR}\\. `));
      expect(document.getElementById('cite-bibtex')?.textContent).toContain(`author = {${AUTHOR}}`);
      const reuse = document.querySelector('.citation-reuse a[rel="license"]');
      expect([reuse?.getAttribute('href'), reuse?.textContent?.trim()]).toEqual([LICENSE.url, LICENSE.id]);
    },
  );

  it('At a glance: two points of one section in the order the section says them', async () => {
    const points = [...(await page('index.html')).querySelectorAll('.glance li p')].map((p) => p.textContent);
    expect(points.slice(0, 2)).toEqual([FIRST, SECOND]);
  });
});

describe('the reading time', () => {
  /** Words of the article's prose as the page shows it: no tables, diagrams or additions. */
  function readingLine(file: string): { words: number; line: string } {
    const { document } = parseHTML(readDist(file).toString());
    for (const extra of document.querySelectorAll('.prose table, .prose figure, .prose [data-supplement], .prose .table-scroll'))
      extra.remove();
    const text = [...document.querySelectorAll('.prose')].map((prose) => prose.textContent).join(' ');
    return {
      words: text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length,
      line: document.querySelector('.article-meta')!.textContent!,
    };
  }

  it.each(editionFolders.map((edition, i) => [`${editionPaths[i]}index.html`, edition] as const))(
    '%s: minutes at the edition’s own reading rate',
    (file, edition) => {
      const { words, line } = readingLine(file);
      expect(words).toBeGreaterThan(500);
      const rate = editionYaml(edition).readingRate.wordsPerMinute;
      const ui = wordsOf(edition);
      // The minutes the line says, found by trying each count (the phrase writes it in the edition's digits);
      // the longest phrase found is the one shown ("15 min" holds "5 min").
      const [shown] = Array.from({ length: 60 }, (_, i) => i + 1)
        .filter((minutes) => line.includes(ui.readingTime(minutes)))
        .sort((a, b) => ui.readingTime(b).length - ui.readingTime(a).length);
      expect(shown, line).toBeDefined();
      // The words this page shows, counted here, take that long to within half a minute.
      expect(Math.abs(shown! * rate - words), `${words} words at ${rate} a minute`).toBeLessThanOrEqual(rate / 2);
    },
  );
});

/**
 * The code's shape, as the README describes it: pages load the article and hand it to their
 * components (Astro.locals.article), so no component loads content itself; src/lib is grouped in
 * folders, each with a README on its job and at most 12 files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');

describe('the layout of the code', () => {
  it('no component or layout loads content: they read the page’s article', () => {
    const loaders = ['components', 'layouts'].flatMap((dir) =>
      readdirSync(join(src, dir))
        .filter((file) => /\.(astro|ts)$/.test(file))
        .filter((file) => /astro:content|getArticle|getCollection/.test(readFileSync(join(src, dir, file), 'utf8')))
        .map((file) => `${dir}/${file}`),
    );
    expect(loaders).toEqual([]);
  });

  it('src/lib holds folders only, each with a README and at most 12 files', () => {
    const entries = readdirSync(join(src, 'lib'), { withFileTypes: true });
    expect(entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name)).toEqual([]);
    for (const folder of entries) {
      const files = readdirSync(join(src, 'lib', folder.name));
      expect(files, folder.name).toContain('README.md');
      expect(files.filter((file) => file.endsWith('.ts')).length, folder.name).toBeLessThanOrEqual(12);
    }
  });
});

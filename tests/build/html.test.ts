import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builds, distFiles, type BuildName } from '../support/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const stylish = formatterFactory('stylish');

// Both test builds: the sub-path build differs in every URL, so it is validated on its own.
describe.each(Object.keys(builds) as BuildName[])('every page of the %s build is valid HTML (.htmlvalidate.mjs)', (name) => {
  const pages = distFiles(name).filter((f) => f.endsWith('.html'));

  it('has the pages we expect to validate', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html']));
  });

  it.each(pages)('%s', async (file) => {
    const report = await validator.validateFile(join(builds[name].dir, file));
    expect(report.valid, stylish(report.results)).toBe(true);
  });
});

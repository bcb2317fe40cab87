import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { dist, distFiles } from '../support/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const stylish = formatterFactory('stylish');

describe('every page of the build is valid HTML (.htmlvalidate.mjs)', () => {
  it('has the pages we expect to validate', () => {
    expect(distFiles().filter((f) => f.endsWith('.html'))).toEqual(expect.arrayContaining(['index.html', '404.html']));
  });

  it.each(distFiles().filter((f) => f.endsWith('.html')))('%s', async (file) => {
    const report = await validator.validateFile(join(dist, file));
    expect(report.valid, stylish(report.results)).toBe(true);
  });
});

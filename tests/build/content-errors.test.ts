/**
 * Bad content never publishes: each fixture in tests/fixtures/bad-content/<case>/ replaces or
 * adds one content file, and `astro build` must exit non-zero naming that file and the field.
 */
import { copyFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editionPaths } from '../support/content';
import { astro, copiesDir, listFiles, projectCopy, root } from '../support/project-copy';

const fixtures = join(root, 'tests/fixtures/bad-content');
/** This file's own folder in tests/.tmp/copies: other test files build and serve from theirs meanwhile (Vitest runs files in parallel). */
const OWN = 'content-errors';

/** What each case's message must say, naming the field (or rule) beside the fixture's file. */
const expectedMessage: Record<string, RegExp> = {
  'missing-field': /\bsummary\b.*\b(Required|expected string)/i,
  'empty-field': /\btitle\b.*Too small/,
  'wrong-type': /\border\b.*Expected type `"number"`/,
  'unknown-field': /Unrecognized key: "sumary"/,
  'missing-section-id': /field "id" is missing or empty/,
  // Both files named, whichever the loader reads first.
  'duplicate-section-id':
    /content\/sections\/recommendations(?:-copy)?\.mdx: its id "recommendations" is already used by content\/sections\/recommendations(?:-copy)?\.mdx/,
  'duplicate-order': /field "order" value 3 is used more than once/,
  'empty-body': /the section body is empty/,
  'alias-collision': /field "aliases" value "conclusions" is an id already used on the page by id in content\/sections\/conclusions\.mdx/,
  'broken-table-reference': /<Table id="actor-relation" \/> names no table/,
  'page-id-collision': /field "id" value "main" is an id already used on the page by PAGE_IDS in src\/lib\/urls\/page-ids\.ts/,
  'row-fragment-collision':
    /field "aliases" value "actor-iran" is an id already used on the page by rowIdPrefix \+ rows\.id in content\/tables\/actor-relations\.yaml/,
  'table-column-without-data': /columns\.3\.field.*"population" is a field that no row has/,
  'table-row-missing-cell': /rows\.1\.keyInterests.*is missing/,
  'table-row-extra-field': /rows\.0\.capital.*is not shown by any column/,
  'table-duplicate-row-id': /rows\.1\.id.*value "iran" is used by rows 1 and 2/,
  'table-duplicate-row-order': /rows\.2\.order.*value 2 is used by rows 2 and 3/,
  'table-two-row-headers': /columns.*exactly one column needs "rowHeader: true" \(found 2\)/,
  'table-empty-cell': /rows\.0\.keyInterests.*is empty/,
  'table-row-without-id': /rows\.1\.id/,
  'glance-not-verbatim': /field "points\.2\.text" is not found word for word in content\/sections\/regional-stability\.mdx/,
  'glance-unknown-section': /field "points\.4\.section" value "conclusion" names no section/,
  'glance-too-few': /points.*(Too small|>=3)/,
  'glance-too-many': /points.*(Too big|<=5)/,
  'diagram-unknown-centre': /diagram\.centre.*"baghdad" names no row of this table/,
  'invalid-yaml': /actor-relations\.yaml[\s\S]*(unexpected end|missing closing|bad indentation|end of the stream)/i,
};

const cases = (await readdir(fixtures)).sort();

describe('content errors stop the build', () => {
  afterAll(async () => {
    await rm(join(copiesDir, OWN), { recursive: true, force: true });
  });

  it('every fixture has an expectation and every expectation a fixture', () => {
    expect(cases).toEqual(Object.keys(expectedMessage).sort());
  });

  it.concurrent('the real content builds (the control case)', async () => {
    const dir = await projectCopy(`${OWN}/control`);
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).toBe(0);
  });

  it.concurrent.each(cases)('%s', async (name) => {
    const overlay = join(fixtures, name);
    const [file] = await listFiles(overlay);
    const dir = await projectCopy(`${OWN}/${name}`, overlay);
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).not.toBe(0);
    expect(output).toContain(file!.replaceAll('\\', '/'));
    expect(output).toMatch(expectedMessage[name]!);
  });

  // Astro's glob loader lets a byte-identical second file through (its digest matches); ours does not.
  it.concurrent.each(editionPaths.map((prefix) => `content/${prefix}sections/conclusions.mdx`))(
    'a byte-identical copy of %s stops the build, naming both files',
    async (file) => {
      const dir = await projectCopy(`${OWN}/identical-${file.replace(/\W+/g, '-')}`);
      const copy = file.replace('.mdx', '-copy.mdx');
      await copyFile(join(dir, file), join(dir, copy));
      const { code, output } = await astro(dir, ['build']);
      expect(code, output).not.toBe(0);
      expect(output).toContain(file);
      expect(output).toContain(copy);
      expect(output).toMatch(/is already used by/);
    },
  );
});

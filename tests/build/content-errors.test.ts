/**
 * Bad content never publishes: each fixture in tests/fixtures/bad-content/<case>/ replaces or
 * adds one content file, and `astro build` must exit non-zero naming that file and the field.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astro, copiesDir, listFiles, projectCopy, root } from '../support/project-copy';

const fixtures = join(root, 'tests/fixtures/bad-content');

/** What each case's message must say, naming the field (or rule) beside the fixture's file. */
const expectedMessage: Record<string, RegExp> = {
  'missing-field': /\bsummary: Required/,
  'empty-field': /\btitle: Too small/,
  'wrong-type': /\border: Expected type `"number"`/,
  'unknown-field': /Unrecognized key: "sumary"/,
  'missing-section-id': /field "id" is missing or empty/,
  'duplicate-section-id': /field "id" value "recommendations" is used more than once/,
  'duplicate-order': /field "order" value 3 is used more than once/,
  'empty-body': /the section body is empty/,
  'alias-collision': /field "aliases" value "conclusions" collides with id in content\/sections\/conclusions\.mdx/,
  'broken-table-reference': /<Table id="actor-relation" \/> names no table/,
  'duplicate-actor-id': /field "id" value "iran" is used more than once/,
  'row-without-id': /row 2: field "id" is missing or empty/,
  'actor-missing-field': /\brelationshipWithIraq: Required/,
  'unknown-table-column': /columns\.1\.field/,
  'invalid-yaml': /cannot be read as YAML: Missing closing "quote/,
};

const cases = (await readdir(fixtures)).sort();

describe('content errors stop the build', () => {
  afterAll(async () => {
    await rm(copiesDir, { recursive: true, force: true });
  });

  it('every fixture has an expectation and every expectation a fixture', () => {
    expect(cases).toEqual(Object.keys(expectedMessage).sort());
  });

  it.concurrent('the real content builds (the control case)', async () => {
    const dir = await projectCopy('control');
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).toBe(0);
  });

  it.concurrent.each(cases)('%s', async (name) => {
    const overlay = join(fixtures, name);
    const [file] = await listFiles(overlay);
    const dir = await projectCopy(name, overlay);
    const { code, output } = await astro(dir, ['build']);
    expect(code, output).not.toBe(0);
    expect(output).toContain(file!.replaceAll('\\', '/'));
    expect(output).toMatch(expectedMessage[name]!);
  });
});

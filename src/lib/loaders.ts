import { readFile } from 'node:fs/promises';
import { file, glob, type Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { assertNoProblems, checkDataRows, ContentError } from './integrity';

/**
 * `file()` for a YAML list of rows, made strict: Astro's own loader logs and skips a file it
 * cannot parse or a row without `id`, and a duplicate id only warns. Here each stops the build.
 */
export function strictYamlFile(path: string): Loader {
  const inner = file(path);
  return {
    name: 'strict-yaml-file',
    async load(context) {
      let rows: unknown;
      try {
        rows = parse(await readFile(new URL(path, context.config.root), 'utf8'));
      } catch (error) {
        throw new ContentError(`${path}: cannot be read as YAML: ${(error as Error).message}`);
      }
      assertNoProblems(checkDataRows(path, rows));
      await inner.load(context);
    },
  };
}

/** `glob()` over MDX sections whose entry id is the explicit frontmatter `id`, never the file name. */
export function sectionFiles(folder: string): Loader {
  return glob({
    pattern: '*.mdx',
    base: folder,
    generateId: ({ entry, data }) => {
      if (typeof data.id !== 'string' || data.id.trim() === '') {
        throw new ContentError(`${folder}/${entry}: frontmatter field "id" is missing or empty`);
      }
      return data.id;
    },
  });
}

import { readdir, readFile } from 'node:fs/promises';
import { file, glob, type Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { frontmatter } from './frontmatter';
import { assertNoProblems, checkDataRows, checkIds, ContentError } from './integrity';

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

/**
 * `glob()` over MDX sections whose entry id is the explicit frontmatter `id`, never the file name.
 * Ids are checked across all files first: a missing or repeated id names its files and stops.
 */
export function sectionFiles(folder: string): Loader {
  const inner = glob({ pattern: '*.mdx', base: folder, generateId: ({ data }) => String(data.id) });
  return {
    name: 'section-files',
    async load(context) {
      const dir = new URL(`${folder}/`, context.config.root);
      const files = (await readdir(dir)).filter((name) => name.endsWith('.mdx')).sort();
      const sites = await Promise.all(
        files.map(async (name) => {
          const where = `${folder}/${name}`;
          try {
            return { where, id: frontmatter(await readFile(new URL(name, dir), 'utf8')).id };
          } catch (error) {
            throw new ContentError(`${where}: the frontmatter cannot be read as YAML: ${(error as Error).message}`);
          }
        }),
      );
      assertNoProblems(checkIds(sites));
      await inner.load(context);
    },
  };
}

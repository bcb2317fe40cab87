import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError } from './integrity';

/**
 * The id of the placeholder entry a strict loader keeps in its collection while the content is
 * invalid in `astro dev`; `getArticle()` turns it back into the error, so the page shows it.
 */
export const CONTENT_PROBLEM_ID = '!content-problem';

/** What `getArticle()` finds in a collection whose content is invalid in `astro dev`. */
export interface ContentProblem {
  message: string;
}

/**
 * A loader made strict in `astro build` and `astro dev` alike. Astro's own loaders log and skip
 * what they cannot load when a file changes in dev (a row without `id`, a schema error), so the
 * page would keep answering with the old or partial data. Here every load is a whole load: in a
 * build an error stops it; in dev each change under `watchPath` reloads the whole collection,
 * and an error is kept as a placeholder entry that `getArticle()` throws, showing Astro's error
 * overlay until the next good save.
 */
export function strictLoader(inner: Loader, watchPath: string): Loader {
  let watching = false;
  return {
    name: `strict-${inner.name}`,
    async load(context) {
      const { watcher, store, config, logger } = context;
      const loadAll = () => inner.load({ ...context, watcher: undefined });
      if (!watcher) return loadAll();

      const reload = async () => {
        try {
          await loadAll();
          store.delete(CONTENT_PROBLEM_ID);
        } catch (error) {
          // Astro's schema errors keep the file in `loc`, apart from the message: name it first.
          const file = (error as { loc?: { file?: string } }).loc?.file;
          const where = file ? `${relative(fileURLToPath(config.root), file)}: ` : '';
          const message = `${where}${(error as Error).message}`;
          logger.error(message);
          store.set({ id: CONTENT_PROBLEM_ID, data: { message } satisfies ContentProblem as Record<string, unknown> });
        }
      };
      await reload();
      if (watching) return;
      watching = true;
      const watched = fileURLToPath(new URL(watchPath, config.root));
      watcher.add(watched);
      watcher.on('all', (_event, path) => {
        if (path === watched || path.startsWith(`${watched}/`)) void reload();
      });
    },
  };
}

/** An entry's id is its file name without the extension ("actor-relations.yaml" → "actor-relations"). */
export const fileNameId = ({ entry }: { entry: string }): string => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/**
 * A section's entry id is its explicit frontmatter `id`, never the file name, so renaming a
 * file never changes a URL. A missing id stops the load naming the file; a repeated one is
 * stopped by Astro itself (`prerenderConflictBehavior: 'error'`), naming both files.
 */
export function frontmatterId({ entry, base, data }: { entry: string; base: URL; data: Record<string, unknown> }): string {
  const id = data.id;
  if (typeof id === 'string' && id.trim() !== '') return id;
  const file = relative(process.cwd(), fileURLToPath(new URL(entry, base)));
  throw new ContentError(`${file}: field "id" is missing or empty`);
}

import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
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

/** A save caught half-written fails its first read; one more read after this pause sees the whole file. */
const RETRY_AFTER_MS = 150;

export interface StrictGlobOptions {
  /** Files under content/, e.g. ['sections/*.mdx']. */
  pattern: string[];
  /** The entry's id from its path under content/ and its parsed data (see fileNameId, frontmatterId). */
  id: (entry: string, data: Record<string, unknown>) => string;
}

/**
 * A glob loader over content/ made strict in `astro build` and `astro dev` alike.
 * - Every file maps to its own entry: a second file whose id is taken stops the load naming both
 *   files, whatever its contents (Astro's glob loader skips its own check when the two files are
 *   byte-identical, and would publish one silently).
 * - Every load is a whole load. Astro's loaders log and skip what they cannot load when a file
 *   changes in dev (a row without `id`, a schema error), so the page would keep answering with
 *   old or partial data. Here, in a build an error stops it; in dev each change reloads the whole
 *   collection, one reload at a time (saves in quick succession end in one more reload), and an
 *   error is kept as a placeholder entry that `getArticle()` throws, showing Astro's error overlay
 *   until the next good save.
 */
export function strictGlob({ pattern, id }: StrictGlobOptions): Loader {
  // Which file claimed each id in the load under way.
  let claims = new Map<string, string>();
  const inner = glob({
    pattern,
    base: 'content',
    generateId: ({ entry, data }) => {
      const entryId = id(entry, data);
      const file = `content/${entry}`;
      const taken = claims.get(entryId);
      if (taken && taken !== file)
        throw new ContentError(`${file}: its id "${entryId}" is already used by ${taken}; each file needs its own`);
      claims.set(entryId, file);
      return entryId;
    },
  });
  let watching = false;
  return {
    name: 'strict-glob-loader',
    async load(context) {
      const { watcher, store, config, logger } = context;
      const loadAll = () => {
        claims = new Map();
        return inner.load({ ...context, watcher: undefined });
      };
      if (!watcher) return loadAll();

      const reload = async (): Promise<boolean> => {
        try {
          await loadAll();
          store.delete(CONTENT_PROBLEM_ID);
          return true;
        } catch (error) {
          // Astro's schema errors keep the file in `loc`, apart from the message: name it first.
          const file = (error as { loc?: { file?: string } }).loc?.file;
          const where = file ? `${relative(fileURLToPath(config.root), file)}: ` : '';
          const message = `${where}${(error as Error).message}`;
          logger.error(message);
          store.set({ id: CONTENT_PROBLEM_ID, data: { message } satisfies ContentProblem as Record<string, unknown> });
          return false;
        }
      };
      // One reload at a time; a change during one asks for one more after it.
      let running: Promise<void> | undefined;
      let again = false;
      const schedule = (): Promise<void> => {
        again = true;
        running ??= (async () => {
          while (again) {
            again = false;
            if (!(await reload()) && !again) {
              await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
              await reload();
            }
          }
          running = undefined;
        })();
        return running;
      };
      await schedule();
      if (watching) return;
      watching = true;
      const base = fileURLToPath(new URL('content/', config.root));
      watcher.add(base);
      watcher.on('all', (_event, path) => {
        const entry = relative(base, path);
        if (!entry.startsWith('..') && pattern.some((p) => matches(p, entry))) void schedule();
      });
    },
  };
}

/** A path against one of our simple patterns: `*` stands for one path segment's characters. */
function matches(pattern: string, entry: string): boolean {
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*');
  return new RegExp(`^${source}$`).test(entry);
}

/** An entry's id is its file name without the extension ("actor-relations.yaml" → "actor-relations"). */
export const fileNameId = (entry: string): string => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/**
 * A section's entry id is its explicit frontmatter `id`, never the file name, so renaming a
 * file never changes a URL. A missing id stops the load naming the file.
 */
export function frontmatterId(entry: string, data: Record<string, unknown>): string {
  const id = data.id;
  if (typeof id === 'string' && id.trim() !== '') return id;
  throw new ContentError(`content/${entry}: field "id" is missing or empty`);
}

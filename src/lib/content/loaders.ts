import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { ContentError } from './integrity';
import { FLUSH_ONLY, liveContent, type LiveEntry } from './live-content';

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
/**
 * A file changed this shortly before a load began may have been saved again within the same tick of
 * the file system's clock, with the same size: its stat cannot tell, so the next request reloads it.
 */
const UNSETTLED_MS = 100;

export interface StrictGlobOptions {
  /** Files under content/, e.g. ['sections/*.mdx']. */
  pattern: string[];
  /** The entry's id from its path under content/ and its parsed data (see fileNameId, frontmatterId). */
  id: (entry: string, data: Record<string, unknown>) => string;
}

type LoaderContext = Parameters<Loader['load']>[0];

/**
 * A glob loader over content/ made strict in `astro build` and `astro dev` alike.
 * - Every file maps to its own entry: a second file whose id is taken stops the load naming both
 *   files, whatever its contents (Astro's glob loader skips its own check when the two files are
 *   byte-identical, and would publish one silently).
 * - Every load is a whole load. Astro's loaders log and skip what they cannot load when a file
 *   changes in dev (a row without `id`, a schema error), so the page would keep answering with
 *   old or partial data. Here, in a build an error stops it; in dev see WatchedCollection.
 */
export function strictGlob({ pattern, id }: StrictGlobOptions): Loader {
  /** One whole load: a glob loader of its own, so a load that failed halfway cannot claim ids in the next. */
  const loadAll = (context: LoaderContext) => {
    // Which file claimed each id in this load.
    const claims = new Map<string, string>();
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
    return inner.load({ ...context, watcher: undefined });
  };
  let watched: WatchedCollection | undefined;
  return {
    name: 'strict-glob-loader',
    async load(context) {
      if (!context.watcher) return loadAll(context);
      // The registry asked Astro for a sync only to have its files written: nothing to load.
      if ((context.refreshContextData as Record<string, unknown> | undefined)?.[FLUSH_ONLY]) return;
      watched ??= new WatchedCollection(pattern, loadAll);
      await watched.use(context);
    },
  };
}

/**
 * A collection in `astro dev`. Each change reloads the whole collection, one reload at a time
 * (saves in quick succession end in one more reload), and an error is kept, for `getArticle()` to
 * throw, showing Astro's error overlay until the next good save. Each load is published to the
 * live-content registry (src/lib/content/live-content.ts) with the files' stats as they were when it
 * began; before a page is worked out, `settle()` compares them with the files now and reloads if
 * they differ, so a save the file watcher has not reported yet (or that it reported while the
 * first load was under way, or a file read half-written) still shows in the next request.
 */
class WatchedCollection {
  private context?: LoaderContext;
  private running?: Promise<void>;
  private again = false;
  /** Each file's stat when the last load began (path → ino, size, mtime, ctime). */
  private loaded?: Map<string, string>;

  constructor(
    private readonly pattern: string[],
    private readonly loadAll: (context: LoaderContext) => Promise<void>,
  ) {}

  /** Astro's (first or later) call to load: the collection is watched from now on, and loaded. */
  async use(context: LoaderContext): Promise<void> {
    const first = !this.context;
    this.context = context;
    if (first) {
      // Watching before the first load: a save during it starts another.
      const base = this.base();
      context.watcher!.add(base);
      context.watcher!.on('all', (_event, path) => {
        const entry = relative(base, path);
        if (!entry.startsWith('..') && this.pattern.some((p) => matches(p, entry))) void this.schedule();
      });
      liveContent().loaders.set(context.collection, this);
    }
    await this.schedule();
  }

  private base(): string {
    return fileURLToPath(new URL('content/', this.context!.config.root));
  }

  /** One reload at a time; a change during one asks for one more after it. A failure is read once more after a pause. */
  private schedule(): Promise<void> {
    this.again = true;
    this.running ??= (async () => {
      while (this.again) {
        this.again = false;
        if (!(await this.reload()) && !this.again) {
          await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
          await this.reload();
        }
      }
      this.running = undefined;
    })();
    return this.running;
  }

  /** Resolves once the collection holds what its files hold now. */
  async settle(): Promise<void> {
    for (let round = 0; round < 3; round++) {
      if (this.running) await this.running;
      else if (!this.loaded || differs(this.stats(), this.loaded)) await this.schedule();
      else return;
    }
  }

  private async reload(): Promise<boolean> {
    const context = this.context!;
    const { store, config, logger, collection } = context;
    const before = this.stats();
    if (this.loaded) {
      const changed = [...new Set([...before.keys(), ...this.loaded.keys()])].filter((path) => before.get(path) !== this.loaded!.get(path));
      liveContent().noteChanged(
        changed,
        changed.some((path) => !this.loaded!.has(path) && path.endsWith('.mdx')),
      );
    }
    this.loaded = before;
    // A failed load's reads still under way must not write into the store after it.
    let open = true;
    const guarded = new Proxy(store, {
      get: (target, name: keyof typeof store) =>
        name === 'set' || name === 'delete'
          ? (...args: unknown[]) => (open ? (target[name] as (...a: unknown[]) => unknown)(...args) : false)
          : target[name],
    });
    try {
      await this.loadAll({ ...context, store: guarded });
      if (store.has(CONTENT_PROBLEM_ID)) store.delete(CONTENT_PROBLEM_ID);
      liveContent().loads.set(collection, { entries: store.values() as LiveEntry[] });
      return true;
    } catch (error) {
      // Astro's schema errors keep the file in `loc`, apart from the message: name it first.
      const file = (error as { loc?: { file?: string } }).loc?.file;
      const where = file ? `${relative(fileURLToPath(config.root), file)}: ` : '';
      const message = `${where}${(error as Error).message}`;
      logger.error(message);
      store.set({ id: CONTENT_PROBLEM_ID, data: { message } satisfies ContentProblem as Record<string, unknown> });
      liveContent().loads.set(collection, { problem: message });
      return false;
    } finally {
      open = false;
    }
  }

  /** The collection's files now: path → inode, size, mtime and ctime (marked when too recent to trust). */
  private stats(): Map<string, string> {
    const base = this.base();
    const recent = (Date.now() - UNSETTLED_MS) * 1_000_000;
    const files = new Map<string, string>();
    for (const pattern of this.pattern) {
      const folder = pattern.includes('/') ? pattern.slice(0, pattern.lastIndexOf('/') + 1) : '';
      let names: string[];
      try {
        names = readdirSync(join(base, folder));
      } catch {
        continue;
      }
      for (const name of names) {
        if (!matches(pattern, folder + name)) continue;
        const path = join(base, folder, name);
        try {
          const stat = statSync(path, { bigint: true });
          files.set(path, `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}${Number(stat.ctimeNs) > recent ? ':unsettled' : ''}`);
        } catch {
          // Deleted since the listing: not there.
        }
      }
    }
    return files;
  }
}

/** Whether the files now differ from those a load began with (a file too recent to trust always does). */
function differs(now: Map<string, string>, loaded: Map<string, string>): boolean {
  if (now.size !== loaded.size) return true;
  for (const [path, stat] of now) if (loaded.get(path) !== stat || stat.endsWith(':unsettled')) return true;
  return false;
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

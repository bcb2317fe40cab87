import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { editionFolder } from './editions';
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
  /**
   * One load: a glob loader of its own, so a load that failed halfway cannot claim ids in the next.
   * A whole load reads every file; a scoped one (dev) reads only `scope.entries`, and its files must
   * not take the ids the other files hold. Resolves to the ids the files hold after it (id → file).
   */
  const load = async (context: LoaderContext, scope?: LoadScope): Promise<Map<string, string>> => {
    // Which file claimed each id in this load.
    const claims = new Map(scope?.claims);
    const inner = glob({
      pattern: scope ? scope.entries.map(escapeGlob) : pattern,
      base: 'content',
      generateId: ({ entry, data }) => {
        const entryId = id(entry, data);
        const file = `content/${entry}`;
        const taken = claims.get(entryId);
        if (taken && taken !== file)
          throw new ContentError(`${file}: its id "${entryId}" is already used by ${taken}; each file needs its own`);
        claims.set(entryId, file);
        // The id moved here from another file (renamed, or handed over): the stored entry is that
        // file's. Astro would keep it when the text is the same (a rename), or refuse the id as
        // taken while that file exists; dropping it makes this file's entry be read afresh.
        const held = context.store.get(entryId);
        if (held?.filePath && held.filePath !== file) context.store.delete(entryId);
        return entryId;
      },
    });
    if (!scope || scope.entries.length > 0) await inner.load({ ...context, watcher: undefined });
    return claims;
  };
  let watched: WatchedCollection | undefined;
  return {
    name: 'strict-glob-loader',
    async load(context) {
      if (!context.watcher) {
        await load(context);
        return;
      }
      // The registry asked Astro for a sync only to have its files written: nothing to load.
      if ((context.refreshContextData as Record<string, unknown> | undefined)?.[FLUSH_ONLY]) return;
      watched ??= new WatchedCollection(pattern, load);
      await watched.use(context);
    },
  };
}

/** The files a dev reload reads when the last load was good: only those changed since. */
interface LoadScope {
  /** Entries under content/ to read; every other entry stays as the last load left it. */
  entries: string[];
  /** The ids the other files hold (id → file), which the files read must not take. */
  claims: Map<string, string>;
}

/** A file name as a glob pattern that matches just it. */
const escapeGlob = (entry: string) => entry.replace(/[*?[\]{}()!+@\\]/g, '\\$&');

/**
 * A collection in `astro dev`. Each change reloads the collection, one reload at a time (saves in
 * quick succession end in one more reload). After a good load only the files changed since are
 * read again, after an error too (the others were good then): at 1,000 sections a few
 * milliseconds instead of a few hundred. The first load, and any until one is good, reads every
 * file. An error is kept, for `getArticle()` to throw, showing Astro's error overlay until the
 * next good save. Each load is published to the live-content registry
 * (src/lib/content/live-content.ts) with the files' stats as they were when it began; before a
 * page is worked out, `settle()` compares them with the files now and reloads if they differ, so
 * a save the file watcher has not reported yet (or that it reported while the first load was
 * under way, or a file read half-written) still shows in the next request.
 */
class WatchedCollection {
  private context?: LoaderContext;
  private running?: Promise<void>;
  private again = false;
  /** Each file's stat when the last load began (path → ino, size, mtime, ctime). */
  private loaded?: Map<string, string>;
  /** The last good load: each file's stat when it began, and the entry id it holds (paths as keys). */
  private good?: { stats: Map<string, string>; ids: Map<string, string> };

  constructor(
    private readonly pattern: string[],
    private readonly load: (context: LoaderContext, scope?: LoadScope) => Promise<Map<string, string>>,
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
    return editionFolder(this.context!.config.root);
  }

  /** One reload at a time; a change during one asks for one more after it. A failure is read once more after a pause. */
  private schedule(): Promise<void> {
    this.again = true;
    this.running ??= (async () => {
      while (this.again) {
        this.again = false;
        if (!(await this.reload()) && !this.again) {
          await sleep(RETRY_AFTER_MS);
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
      else if (!this.loaded || changedFiles(this.stats(), this.loaded).length > 0) await this.schedule();
      else return;
    }
  }

  private async reload(): Promise<boolean> {
    const context = this.context!;
    const { store, config, logger, collection } = context;
    const root = fileURLToPath(config.root);
    const before = this.stats();
    // After an error too, only what changed since the last good load is read again: the other files were good then.
    const good = this.good;
    const changed = good ? changedFiles(before, good.stats) : [];
    // Astro's list of content modules needs every MDX file new since the last good load (a failed
    // load may have listed it without its entry), and all of them after a failed first load.
    const newModules = good ? changed.some((path) => before.has(path) && !good.stats.has(path) && path.endsWith('.mdx')) : !!this.loaded;
    liveContent().noteChanged(this.loaded ? changedFiles(before, this.loaded) : [], newModules);
    this.loaded = before;
    const scope: LoadScope | undefined = good && {
      entries: changed.filter((path) => before.has(path)).map((path) => relative(this.base(), path)),
      claims: new Map([...good.ids].filter(([path]) => !changed.includes(path)).map(([path, id]) => [id, relative(root, path)])),
    };
    // A failed load's reads still under way must not write into the store after it.
    let open = true;
    const guarded = new Proxy(store, {
      get: (target, name: keyof typeof store) => {
        if (name === 'set' || name === 'delete')
          return (...args: unknown[]) => (open ? (target[name] as (...a: unknown[]) => unknown)(...args) : false);
        // A scoped load must not drop the entries of the files it does not read.
        if (name === 'keys' && scope) return () => [];
        return target[name];
      },
    });
    try {
      const claims = await this.load({ ...context, store: guarded }, scope);
      // The store holds exactly the ids the files hold: not one whose file was deleted or given
      // another id, nor one a failed load set, nor the problem placeholder.
      for (const id of store.keys()) if (!claims.has(id)) store.delete(id);
      this.good = { stats: before, ids: new Map([...claims].map(([id, file]) => [join(root, file), id])) };
      liveContent().loads.set(collection, { entries: store.values() as LiveEntry[] });
      return true;
    } catch (error) {
      // Astro's schema errors keep the file in `loc`, apart from the message: name it first.
      const file = (error as { loc?: { file?: string } }).loc?.file;
      const where = file ? `${relative(root, file)}: ` : '';
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

/** The files added, changed or deleted between two looks (unsettled ones always count as changed). */
function changedFiles(now: Map<string, string>, then: Map<string, string>): string[] {
  return [...new Set([...now.keys(), ...then.keys()])].filter((path) => now.get(path) !== then.get(path) || now.get(path)!.endsWith(':unsettled'));
}


/** A path against one of our simple patterns: `*` stands for one path segment's characters. */
function matches(pattern: string, entry: string): boolean {
  // As the glob loader's patterns do, `*` matches no name that starts with a dot (editors' backup and lock files).
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '(?!\\.)[^/]*');
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

/**
 * `astro dev`: the content as the strict loaders (src/lib/content/loaders.ts) last loaded it, handed to the
 * pages without Astro's round trip through its data store file (written half a second after a load),
 * and made current with the files on disk before each page is worked out. One registry per process,
 * on globalThis: the loaders run in Astro's content layer, the pages in Vite's module runner, and
 * each may hold its own copy of this module.
 *
 * Why: a save shows in the next page request, always. Astro's file watcher reports a save a moment
 * after it, the data store follows 500 ms after the load, and Vite compiles a changed MDX file again
 * only once the watcher has told it; a request in between got the old words. Now the request itself
 * looks at the files (one stat each), reloads what changed since the last load, and drops the
 * changed files' compiled modules, before it reads anything. (Tried with Astro 7.3.5: pages that
 * read `getCollection()` instead, with these loaders, still showed a section's old words 5 s after
 * its save, and an old title 6 s after article.yaml changed.)
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ViteDevServer } from 'vite';

/** An entry as a loader stored it: what `getCollection()` gives, without `collection`. */
export interface LiveEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string | number;
  deferredRender?: boolean;
}

/** A collection's last load: its entries, or the error that stopped it (shown on the page). */
export type LiveLoad = { entries: LiveEntry[]; problem?: undefined } | { entries?: undefined; problem: string };

/** What a loader offers the registry. */
export interface LiveLoader {
  /** Resolves once the collection holds what its files hold now: reloads if they changed since its last load began. */
  settle(): Promise<void>;
}

/** What the registry needs of the dev server (src/integrations/live-content.ts hands it over). */
export interface LiveServer {
  server: ViteDevServer;
  /** Astro's `refreshContent`: a content sync, which writes Astro's list of content modules now. */
  refreshContent: (options: { loaders?: string[]; context?: Record<string, unknown> }) => Promise<void>;
}

/** `refreshContent` context a strict loader answers with nothing to do: the registry only wants Astro's files written. */
export const FLUSH_ONLY = 'strictGlobFlushOnly';

class LiveContent {
  readonly loaders = new Map<string, LiveLoader>();
  readonly loads = new Map<string, LiveLoad>();
  /** Files changed since their compiled modules were last dropped. */
  private readonly touched = new Set<string>();
  /** An MDX file appeared (new, renamed, re-created) since Astro's list of content modules was last written. */
  private added = false;
  private dev?: LiveServer;
  private settling?: Promise<unknown>;

  attach(dev: LiveServer): void {
    this.dev = dev;
  }

  /** A loader's load began and read these files: changed ones lose their modules, new MDX files need Astro's module list. */
  noteChanged(files: Iterable<string>, added: boolean): void {
    for (const file of files) this.touched.add(file);
    this.added ||= added;
  }

  /** Every collection current with the files on disk, and nothing compiled from an older version of them. */
  settle(): Promise<void> {
    // One at a time, each looking at the files itself: a request that came in during another's
    // settling may have come after a save that one had already looked past.
    const settled = (this.settling ?? Promise.resolve()).then(() => this.settleNow());
    this.settling = settled.catch(() => undefined);
    return settled;
  }

  /**
   * Waits (a second at most) until Astro's list of content modules names every MDX entry: a write
   * asked for while another write of it is under way is only queued, and done after that one.
   */
  private async listed(file: string): Promise<void> {
    const wanted = [...this.loads.values()]
      .flatMap((load) => load.entries ?? [])
      .filter((entry) => entry.deferredRender && entry.filePath)
      .map((entry) => JSON.stringify(entry.filePath));
    const deadline = Date.now() + 1000;
    while (Date.now() < deadline) {
      const text = await readFile(file, 'utf8').catch(() => '');
      if (wanted.every((name) => text.includes(name))) return;
      await sleep(10);
    }
  }

  private async settleNow(): Promise<void> {
    await Promise.all([...this.loaders.values()].map((loader) => loader.settle()));
    if (!this.dev) return;
    const { server, refreshContent } = this.dev;
    if (this.added) {
      this.added = false;
      // Astro renders an MDX entry through its list of content modules (.astro/content-modules.mjs),
      // written 500 ms after a new file is loaded: a sync writes it now.
      await refreshContent({ loaders: ['strict-glob-loader'], context: { [FLUSH_ONLY]: true } });
      const modules = join(server.config.root, '.astro/content-modules.mjs');
      await this.listed(modules);
      this.touched.add(modules);
    }
    if (this.touched.size > 0) {
      invalidate(server, [...this.touched]);
      this.touched.clear();
    }
  }
}

/** Drops the modules compiled from `files` in every environment, so the next import compiles them again (as Astro does for its own files). */
function invalidate(server: ViteDevServer, files: string[]): void {
  const timestamp = Date.now();
  for (const environment of Object.values(server.environments)) {
    for (const file of files) {
      for (const module of environment.moduleGraph.getModulesByFile(file) ?? []) {
        environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
      }
      const runner = 'runner' in environment ? (environment.runner as { evaluatedModules?: EvaluatedModules }) : undefined;
      for (const module of runner?.evaluatedModules?.getModulesByFile(file) ?? []) runner!.evaluatedModules!.invalidateModule(module);
    }
  }
}

interface EvaluatedModules {
  getModulesByFile(file: string): Set<unknown> | undefined;
  invalidateModule(module: unknown): void;
}

const KEY = Symbol.for('iraq-militias-explainer.live-content');

/** The process's registry: created by the first to ask (a loader, or the integration). */
export function liveContent(): LiveContent {
  const holder = globalThis as { [KEY]?: LiveContent };
  return (holder[KEY] ??= new LiveContent());
}

/** The registry if a loader has filled it (in `astro dev`), else undefined (a build reads the collections). */
export function loadedLiveContent(): LiveContent | undefined {
  const registry = (globalThis as { [KEY]?: LiveContent })[KEY];
  return registry && registry.loaders.size > 0 ? registry : undefined;
}

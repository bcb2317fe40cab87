/**
 * Preview images at build time: each image is drawn once and kept in Astro's cache folder
 * (`cacheDir`, node_modules/.astro/ by default), under a hash of everything that draws it — its
 * text (every field, optional ones included), the renderer's source files, the font files and
 * the version of the canvas package. A changed title, colour, font or renderer always redraws;
 * an unchanged one is read back, and one no build has read for UNUSED_DAYS is deleted. Misses
 * render in a small worker pool (both cores) when there are enough of them to pay for the
 * workers' start; a handful render in this thread, as before.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { PREVIEW_FONT_FILES, renderPreview, type PreviewText } from './preview-image';

/**
 * Packages whose version changes the pixels: the canvas, and the line breaker that wraps the
 * words. (The system's fallback fonts, which draw letters the preview fonts lack, are not in the
 * key: installing one does not redraw cached images; clear node_modules/.astro/preview-images.)
 */
const RENDER_PACKAGES = ['@napi-rs/canvas', 'linebreak'];
/** Below this many images to draw, workers cost more to start than they save. */
export const POOL_MIN_IMAGES = 12;
/** An image no build has used for this long is deleted from the cache (each use renews it). */
export const UNUSED_DAYS = 30;

/** A stable JSON text: object keys sorted, so the same text always gives the same key. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The cache key of one image: the renderer's fingerprint and the image's own text. */
export function previewKey(fingerprint: string, text: PreviewText): string {
  return createHash('sha256').update(fingerprint).update('\0').update(stableJson(text)).digest('hex').slice(0, 32);
}

/** The version in a package's package.json, found by walking up from its entry point. */
async function packageVersion(require: NodeJS.Require, name: string): Promise<string> {
  let resolved: string;
  try {
    resolved = require.resolve(name);
  } catch {
    return 'absent';
  }
  for (let dir = dirname(resolved); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? '?';
    } catch {
      // No package.json here: keep walking up.
    }
  }
  return '?';
}

/**
 * A source file and every local module it draws with, its own and theirs: the renderer imports
 * its helpers as './name.ts' (the worker loads them with Node's type stripping), which is how
 * they are found. Type-only imports are followed too: harmless, and simpler than telling them apart.
 */
export async function rendererSources(entry: string): Promise<string[]> {
  const found = [entry];
  for (let i = 0; i < found.length; i++) {
    const text = await readFile(found[i]!, 'utf8');
    for (const [, specifier] of text.matchAll(/\bfrom '(\.\.?\/[^']+\.ts)'/g)) {
      const file = join(dirname(found[i]!), specifier!);
      if (!found.includes(file)) found.push(file);
    }
  }
  return found;
}

/**
 * Everything that draws an image except its text: the renderer's source files, the bytes of its
 * fonts and the versions of the drawing packages, hashed.
 */
export async function rendererFingerprint(rendererSource: string | URL): Promise<string> {
  const require = createRequire(rendererSource);
  const hash = createHash('sha256');
  const entry = typeof rendererSource === 'string' ? rendererSource : fileURLToPath(rendererSource);
  for (const file of await rendererSources(entry)) hash.update(await readFile(file));
  for (const file of PREVIEW_FONT_FILES) hash.update(await readFile(require.resolve(file)));
  for (const name of RENDER_PACKAGES) hash.update(`${name}@${await packageVersion(require, name)}\n`);
  return hash.digest('hex');
}

export interface PreviewCacheOptions {
  /** The folder for cached images (created when missing). */
  dir: string | URL;
  /** src/lib/share/preview-image.ts on disk: hashed into every key, with the local modules it imports. */
  rendererSource: string | URL;
  /** The worker module (src/lib/share/preview-worker.ts on disk), or undefined for no pool. */
  workerFile?: string | URL;
  /** Draws one image in this thread (default: renderPreview). */
  render?: (text: PreviewText) => Buffer | Promise<Buffer>;
  /** Worker threads at most (default: the machine's cores). */
  maxThreads?: number;
  /** The time now, for the cache's ages (tests set it). */
  now?: () => number;
}

export interface PreviewStats {
  hits: number;
  drawn: number;
  pooled: number;
}

/** Cached, pooled preview rendering for one build. */
export class PreviewCache {
  readonly stats: PreviewStats = { hits: 0, drawn: 0, pooled: 0 };
  private readonly dir: string;
  private readonly options: PreviewCacheOptions;
  private fingerprint?: Promise<string>;
  /** Every image started in this build and not yet handed out, by its text (stable JSON): a page asks for its own. */
  private readonly pending = new Map<string, Promise<Buffer>>();
  private pool?: { tinypool: Tinypool; abort: AbortController };
  private poolTasks = 0;
  private poolBroken = false;

  constructor(options: PreviewCacheOptions) {
    this.options = options;
    this.dir = typeof options.dir === 'string' ? options.dir : fileURLToPath(options.dir);
  }

  /** The key of an image, once the cache has been pruned: pruning never races this build's reads. */
  private key(text: PreviewText): Promise<string> {
    this.fingerprint ??= Promise.all([rendererFingerprint(this.options.rendererSource), this.prune()]).then(([fingerprint]) => fingerprint);
    return this.fingerprint.then((fingerprint) => previewKey(fingerprint, text));
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /**
   * Once a build, before any image is read: deletes the images (and any half-written file) that no
   * build has used for UNUSED_DAYS, since a title edited away leaves its old image behind. Never
   * fails a build.
   */
  private async prune(): Promise<void> {
    const oldest = this.now() - UNUSED_DAYS * 86_400_000;
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(
      names.map(async (name) => {
        const file = join(this.dir, name);
        const info = await stat(file).catch(() => undefined);
        if (info?.isFile() && info.mtimeMs < oldest) await rm(file, { force: true }).catch(() => undefined);
      }),
    );
  }

  /**
   * Starts every image of a batch at once (from getStaticPaths), so misses fill the pool while
   * the build goes on; `get` then only waits for its own.
   */
  prepare(texts: PreviewText[]): void {
    const usePool = texts.length >= POOL_MIN_IMAGES;
    for (const text of texts) this.start(text, usePool);
  }

  /**
   * One image: from a render already started, from the cache, or drawn now. Once handed out it is
   * let go (each page asks for its own once): held to the end, 2,000 images were 50 MB of the
   * build's peak memory. Asked again, it is read back from the cache.
   */
  get(text: PreviewText): Promise<Buffer> {
    const image = this.start(text, false);
    return image.finally(() => {
      if (this.pending.get(stableJson(text)) === image) this.pending.delete(stableJson(text));
    });
  }

  /** The image's render, started now unless this build already started it. */
  private start(text: PreviewText, usePool: boolean): Promise<Buffer> {
    const id = stableJson(text);
    let image = this.pending.get(id);
    if (!image) {
      image = this.load(text, usePool);
      // Failures surface in get(), where a page waits for the image; not as unhandled here.
      image.catch(() => undefined);
      this.pending.set(id, image);
    }
    return image;
  }

  private async load(text: PreviewText, usePool: boolean): Promise<Buffer> {
    const file = join(this.dir, `${await this.key(text)}.png`);
    const cached = await readFile(file).catch(() => undefined);
    if (cached) {
      this.stats.hits++;
      // Used again: its age starts over (UNUSED_DAYS).
      const now = new Date(this.now());
      await utimes(file, now, now).catch(() => undefined);
      return cached;
    }
    const png = await this.draw(text, usePool);
    this.stats.drawn++;
    await mkdir(this.dir, { recursive: true });
    // Written whole, then renamed: a build stopped halfway never leaves half an image behind.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, png);
    await rename(temporary, file);
    return png;
  }

  private async draw(text: PreviewText, usePool: boolean): Promise<Buffer> {
    const render = this.options.render ?? renderPreview;
    if (!usePool || !this.options.workerFile || this.poolBroken) return render(text);
    const pool = (this.pool ??= this.startPool(this.options.workerFile));
    this.poolTasks++;
    try {
      const png = Buffer.from((await pool.tinypool.run(text, { signal: pool.abort.signal })) as Uint8Array);
      this.stats.pooled++;
      return png;
    } catch (error) {
      // The worker could not load or draw (a Node without type stripping, say): draw here instead.
      this.givePoolUp(error);
      return render(text);
    } finally {
      // The pool ends with its last task, so the build's process can exit. A pool given up is left
      // alone: its workers are gone, and destroying it while they fail throws inside Tinypool.
      if (--this.poolTasks === 0) {
        this.pool = undefined;
        if (!this.poolBroken) void pool.tinypool.destroy();
      }
    }
  }

  private startPool(workerFile: string | URL): { tinypool: Tinypool; abort: AbortController } {
    const tinypool = new Tinypool({
      filename: workerFile.toString(),
      minThreads: 0,
      maxThreads: this.options.maxThreads ?? Math.max(1, availableParallelism()),
      idleTimeout: 1000,
    });
    const abort = new AbortController();
    // A worker that fails while starting fails no task: its tasks would wait for ever. Cancel them all.
    tinypool.on('error', (error: unknown) => {
      this.givePoolUp(error);
      abort.abort(error);
    });
    return { tinypool, abort };
  }

  /** Once a build: the pool is given up, with one warning, and every image is drawn in this thread. */
  private givePoolUp(error: unknown): void {
    if (this.poolBroken) return;
    this.poolBroken = true;
    console.warn(`Preview worker failed (${(error as Error).message}); drawing in the main thread.`);
  }
}

import { lstat, readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What a file looked like: a write changes its ctime, which nothing can set back. */
type Snapshot = Map<string, bigint>;

/** Every file below `dir` (not `.git`), with its ctime in nanoseconds. */
async function snapshot(dir: string): Promise<Snapshot> {
  const files: Snapshot = new Map();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  await Promise.all(
    entries
      .filter((entry) => !entry.isDirectory())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        if (path.slice(dir.length).split('/').includes('.git')) return;
        const info = await lstat(path, { bigint: true }).catch(() => undefined);
        if (info) files.set(path, info.ctimeNs);
      }),
  );
  return files;
}

/** Removes the folders of deleted files that are left empty, deepest first, up to (not including) `top`. */
async function removeEmptiedFolders(top: string, deleted: string[]): Promise<void> {
  const folders = new Set<string>();
  for (const file of deleted)
    for (let dir = dirname(file); dir.length > top.length && dir.startsWith(top); dir = dirname(dir)) folders.add(dir);
  for (const dir of [...folders].sort((a, b) => b.length - a.length)) await rmdir(dir).catch(() => undefined);
}

/**
 * The build writes over the last build's output instead of emptying the folder first, then deletes
 * what it did not write. Emptying dist/ of a site with 1,000 sections per edition (6,000 files in
 * 4,000 folders) and creating every folder again cost seconds of every build; writing over a file
 * in a folder that is already there is the cheap part. A file this build did not write (a section
 * removed, a table renamed) still has the ctime it had when the build started: it is deleted at the
 * end, with the folders left empty, so the folder holds exactly this build's files, as an emptied
 * one would. `.git` is left alone, as Astro leaves it. List it last: other integrations write their
 * files (the sitemap, _headers) in `astro:build:done` too.
 */
export function outputInPlace(): AstroIntegration {
  let outDir = '';
  let before: Snapshot | undefined;
  return {
    name: 'output-in-place',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Before the build writes anything: a file written during the snapshot would look untouched.
      'astro:build:start': async () => {
        before = await snapshot(outDir);
      },
      'astro:build:done': async () => {
        if (!before) return;
        const now = await snapshot(outDir);
        const stale = [...before].filter(([path, ctime]) => now.get(path) === ctime).map(([path]) => path);
        await Promise.all(stale.map((path) => rm(path, { force: true })));
        await removeEmptiedFolders(outDir, stale);
      },
    },
  };
}

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/**
 * Where throwaway project copies live, each test file's in a folder of its own (content-errors/…,
 * dev-server, rtl): Vitest runs the files in parallel, so a file clears only its own folder.
 */
export const copiesDir = join(root, 'tests/.tmp/copies');
export const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

/** Every file below `dir`, as paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/**
 * A throwaway copy of the project in tests/.tmp/copies/<name>, with `overlay`'s files laid over
 * it (a fixture's content/ files replace or join the real ones, or with `ownContent` stand alone). Packages resolve from the
 * project's own node_modules by walking up, so nothing is installed.
 */
export async function projectCopy(name: string, overlay?: string, { ownContent = false } = {}): Promise<string> {
  const dir = join(copiesDir, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // With ownContent, the overlay's content/ is the whole content: none of the article's files stay.
  const parts = ['src', ...(ownContent ? [] : ['content']), 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
  for (const part of parts) {
    // A fresh clone has no public/ when it holds no file: git keeps no empty folders.
    if (existsSync(join(root, part))) await cp(join(root, part), join(dir, part), { recursive: true });
  }
  if (overlay) await cp(overlay, dir, { recursive: true });
  return dir;
}

/**
 * The environment for an Astro process started from a test: Vitest's own variables (NODE_ENV=test,
 * MODE, BASE_URL, SITE, …) would change how Astro builds and serves, so they are left out.
 */
export function astroEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const vitestKeys = /^(NODE_ENV|TEST|VITEST.*|MODE|DEV|PROD|SSR|SITE|BASE_URL|ASSETS_PREFIX)$/;
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)));
  return { ...env, ...extra, FORCE_COLOR: '0', NO_COLOR: '1' };
}

/** Runs an Astro CLI command in `dir` with the Node running the tests; returns exit code and output. */
export function astro(dir: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, ...args], {
      cwd: dir,
      env: astroEnv(env),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    // Strips the terminal colours some loggers add despite NO_COLOR.
    child.on('close', (code) => resolve({ code: code ?? 1, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

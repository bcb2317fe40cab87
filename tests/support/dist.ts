import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const tmp = join(import.meta.dirname, '../.tmp');

/**
 * The two test builds `npm run build:test` (part of `npm test`) makes, never in dist/ (which
 * stays the developer's own, possibly production, build): the site root for
 * http://127.0.0.1:4321/ and the sub-path build for nginx at http://127.0.0.1:4322/explainer/.
 */
export const builds = {
  root: { dir: join(tmp, 'root'), base: '/' },
  subpath: { dir: join(tmp, 'www/explainer'), base: '/explainer/' },
} as const;
export type BuildName = keyof typeof builds;

/** The root build, which the byte budgets measure. */
export const dist = builds.root.dir;

export function requireBuild(name: BuildName = 'root'): void {
  if (!existsSync(join(builds[name].dir, 'index.html'))) {
    throw new Error(`No ${name} test build in ${builds[name].dir}: run \`npm run build:test\` (or \`npm test\`) first.`);
  }
}

/** Every file of a build, relative to its folder. */
export function distFiles(name: BuildName = 'root'): string[] {
  requireBuild(name);
  const dir = builds[name].dir;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

/** Bytes on the wire with gzip at level 6, as nginx, Netlify and most hosts send text. */
export const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes, { level: 6 }).length;

export const readDist = (file: string, name: BuildName = 'root'): Buffer => readFileSync(join(builds[name].dir, file));

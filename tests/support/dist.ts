import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The root build that `npm run build:test` (part of `npm test`) leaves in dist/. */
export const dist = join(import.meta.dirname, '../../dist');

export function requireBuild(): void {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('No build in dist/: run `npm run build:test` (or `npm test`) first.');
}

/** Every file of the build, relative to dist/. */
export function distFiles(): string[] {
  requireBuild();
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1));
}

/** Bytes on the wire with gzip at level 6, as nginx, Netlify and most hosts send text. */
export const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes, { level: 6 }).length;

export const readDist = (file: string): Buffer => readFileSync(join(dist, file));

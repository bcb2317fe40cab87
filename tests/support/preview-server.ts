/**
 * Serves the root test build (tests/.tmp/root, made by `npm run build:test`) with `astro preview`,
 * as a host without headers would, on 127.0.0.1 only, in the foreground so Playwright can stop
 * it. When it cannot start, it says why in one line and exits non-zero.
 * Run with Node 24 (type stripping): `node tests/support/preview-server.ts PORT`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builds } from './dist.ts';

const root = join(import.meta.dirname, '../..');
const port = Number(process.argv[2] ?? 4321);
const outDir = relative(root, builds.root.dir);

if (!existsSync(join(builds.root.dir, 'index.html'))) {
  console.error(`preview-server: no root test build in ${outDir}/: run \`npm run build:test\` first.`);
  process.exit(1);
}
// --ignore-lock: a developer's own `astro preview` elsewhere must neither block nor replace this one.
const server = spawn(
  process.execPath,
  [
    join(root, 'node_modules/astro/bin/astro.mjs'),
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--outDir',
    outDir,
    '--ignore-lock',
  ],
  { cwd: root, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outputInPlace } from '../../src/integrations/output-in-place';
import { listFiles, root } from '../support/project-copy';

const dir = join(root, 'tests/.tmp/output-in-place/');

/** Runs one of the integration's hooks with only what it reads. */
async function hook(integration: ReturnType<typeof outputInPlace>, name: keyof typeof integration.hooks, params: object = {}) {
  await (integration.hooks[name] as (params: object) => unknown)(params);
}

async function put(file: string, text: string) {
  await mkdir(join(dir, file, '..'), { recursive: true });
  await writeFile(join(dir, file), text);
}

describe('output in place', () => {
  it('writes over the last build, then deletes what this build did not write (and folders it empties), never .git', async () => {
    await rm(dir, { recursive: true, force: true });
    // The last build's output.
    for (const file of ['index.html', 's/kept/index.html', 's/removed/index.html', 'og/removed.png', 'og/kept.png', '.git/HEAD'])
      await put(file, 'old');
    const integration = outputInPlace();
    let viteConfig: unknown;
    await hook(integration, 'astro:config:setup', { command: 'build', updateConfig: (config: unknown) => (viteConfig = config) });
    expect(viteConfig).toEqual({ vite: { build: { emptyOutDir: false } } });
    await hook(integration, 'astro:config:done', { config: { outDir: pathToFileURL(dir) } });
    await hook(integration, 'astro:build:start');
    // This build: the same bytes again for some, a new page, and nothing for the removed section.
    for (const file of ['index.html', 's/kept/index.html', 'og/kept.png']) await put(file, 'old');
    await put('s/added/index.html', 'new');
    await hook(integration, 'astro:build:done');
    expect((await listFiles(dir)).sort()).toEqual(['.git/HEAD', 'index.html', 'og/kept.png', 's/added/index.html', 's/kept/index.html']);
    expect(existsSync(join(dir, 's/removed'))).toBe(false);
    expect(await readFile(join(dir, 's/added/index.html'), 'utf8')).toBe('new');
  });

  it('leaves `astro dev` alone', async () => {
    let updated = false;
    await hook(outputInPlace(), 'astro:config:setup', { command: 'dev', updateConfig: () => (updated = true) });
    expect(updated).toBe(false);
  });
});

/**
 * The dev server is as strict as the build: an edit that breaks a content rule makes the page
 * answer 500 with Astro's error overlay naming the file and field, and the next good save brings
 * the page back. Runs `astro dev` on its own port in a throwaway copy of the project, and reads
 * the overlay in Chromium (it receives the error over Vite's socket, not in the HTML).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { actorTable } from '../support/content';
import { astroBin, astroEnv, projectCopy } from '../support/project-copy';

const PORT = 4431;
const url = `http://127.0.0.1:${PORT}/`;
let dir: string;
let server: ChildProcess;
let browser: Browser;
let log = '';

/**
 * Each test's waits together stay under Vitest's 60 s: a page answer within 15 s, the overlay
 * within 8 s a try (three tries), so a slow machine fails with the log, not a bare timeout.
 */
const ANSWER_MS = 15_000;
const OVERLAY_MS = 8_000;

/** Polls the page until `done` accepts the answer (the watcher needs a moment after a save). */
async function waitFor(done: (status: number, body: string) => boolean, ms = ANSWER_MS): Promise<{ status: number; body: string }> {
  let last = { status: 0, body: '' };
  for (const deadline = Date.now() + ms; Date.now() < deadline;) {
    last = await fetch(url).then(
      async (r) => ({ status: r.status, body: await r.text() }),
      () => ({ status: 0, body: '' }),
    );
    if (done(last.status, last.body)) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the dev server never gave the awaited answer; last status ${last.status}\n${log.slice(-2000)}`);
}

/** Replaces text in a file of the copy, as an editor's save does. */
async function edit(file: string, from: string | RegExp, to: string): Promise<() => Promise<void>> {
  const path = join(dir, file);
  const original = await readFile(path, 'utf8');
  const changed = original.replace(from, to);
  expect(changed, `${file} holds the text to change`).not.toBe(original);
  await writeFile(path, changed);
  return () => writeFile(path, original);
}

describe('astro dev shows content errors and recovers', () => {
  beforeAll(async () => {
    dir = await projectCopy('dev-server');
    server = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
      cwd: dir,
      env: astroEnv(),
    });
    server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    // Start-up, within the hook's 120 s.
    await waitFor((status) => status === 200, 90_000);
    browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  /**
   * The text of the error overlay a reader of the page sees. The page answers with the error at
   * once; Astro's own reload message (sent when it writes its data store, half a second after the
   * load) can then reload the page under the reading, which starts again.
   */
  async function overlayText(): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const page = await browser.newPage();
      try {
        const response = await page.goto(url);
        expect(response?.status()).toBe(500);
        const overlay = page.locator('vite-error-overlay');
        await overlay.waitFor({ state: 'attached', timeout: OVERLAY_MS });
        return await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
      } catch (error) {
        if (attempt < 3 && /Execution context was destroyed|navigat/i.test(String(error))) continue;
        throw error;
      } finally {
        await page.close();
      }
    }
  }

  const row = actorTable.rows[1]!;
  const tableFile = `content/tables/${actorTable.id}.yaml`;

  it('a table row without its id: the page names the file and field, then comes back', async () => {
    const restore = await edit(tableFile, `- id: ${row.id}\n`, `- name: ${row.id}\n`);
    await waitFor((status) => status === 500);
    const overlay = await overlayText();
    expect(overlay).toContain(tableFile);
    expect(overlay).toContain('rows.1.id');
    await restore();
    const fixed = await waitFor((status) => status === 200);
    expect(fixed.body).toContain(`id="${actorTable.rowIdPrefix}${row.id}"`);
  });

  it('a section that takes one of the page’s own ids: named, then back', async () => {
    const restore = await edit('content/sections/recommendations.mdx', /^id: recommendations$/m, 'id: main');
    await waitFor((status) => status === 500);
    const overlay = await overlayText();
    expect(overlay).toContain('content/sections/recommendations.mdx');
    expect(overlay).toContain('field "id" value "main"');
    await restore();
    await waitFor((status, body) => status === 200 && body.includes('id="recommendations"'));
  });

  it('an unknown field in a section’s frontmatter: named, then back', async () => {
    const restore = await edit('content/sections/recommendations.mdx', /^summary:/m, 'sumary:');
    await waitFor((status) => status === 500);
    const overlay = await overlayText();
    expect(overlay).toContain('content/sections/recommendations.mdx');
    expect(overlay).toContain('sumary');
    await restore();
    await waitFor((status) => status === 200);
  });
});

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
    try {
      // A request the server never answers fails here, with the log, not at the test's timeout.
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(deadline - Date.now(), 1)) });
      last = { status: response.status, body: await response.text() };
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') throw new Error(`the dev server did not answer within ${ms} ms\n${log.slice(-4000)}`);
      last = { status: 0, body: '' };
    }
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
      // A fresh page each time, left open until the browser closes: Chromium can drop a page.close()
      // that races a navigation (the reload), which then never resolves (microsoft/playwright#42068).
      const page = await browser.newPage();
      try {
        const response = await page.goto(url, { timeout: ANSWER_MS });
        expect(response?.status()).toBe(500);
        const overlay = page.locator('vite-error-overlay');
        await overlay.waitFor({ state: 'attached', timeout: OVERLAY_MS });
        return await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
      } catch (error) {
        if (attempt < 3 && /Execution context was destroyed|interrupted by another navigation/i.test(String(error))) continue;
        throw error;
      }
    }
  }

  const row = actorTable.rows[1]!;
  const tableFile = `content/tables/${actorTable.id}.yaml`;

  /**
   * Saves a broken edit, expects the overlay to name each of `named`, puts the file back (even when
   * that fails, so the next test starts from good content) and returns the page that comes back.
   */
  async function breakThenFix(file: string, from: string | RegExp, to: string, named: string[]): Promise<string> {
    const restore = await edit(file, from, to);
    try {
      await waitFor((status) => status === 500);
      const overlay = await overlayText();
      for (const words of named) expect(overlay).toContain(words);
    } finally {
      await restore();
    }
    return (await waitFor((status) => status === 200)).body;
  }

  it('a table row without its id: the page names the file and field, then comes back', async () => {
    const fixed = await breakThenFix(tableFile, `- id: ${row.id}\n`, `- name: ${row.id}\n`, [tableFile, 'rows.1.id']);
    expect(fixed).toContain(`id="${actorTable.rowIdPrefix}${row.id}"`);
  });

  it('a section that takes one of the page’s own ids: named, then back', async () => {
    const file = 'content/sections/recommendations.mdx';
    const fixed = await breakThenFix(file, /^id: recommendations$/m, 'id: main', [file, 'field "id" value "main"']);
    expect(fixed).toContain('id="recommendations"');
  });

  it('an unknown field in a section’s frontmatter: named, then back', async () => {
    const file = 'content/sections/recommendations.mdx';
    const fixed = await breakThenFix(file, /^summary:/m, 'sumary:', [file, 'sumary']);
    expect(fixed).toContain('id="recommendations"');
  });
});

/**
 * `astro dev` shows every save in the next page request, however the file was saved: right after
 * start-up, rewritten in place slowly (an editor writing a large file in pieces), several saves in
 * quick succession, a temporary file renamed over the section, the file deleted and created again.
 * After the first load only changed files are read again, so the last tests change what other
 * files depend on: an id, a whole file, an id another file holds.
 * Each test saves, then makes exactly one request and expects the new words in it: no polling.
 * Runs `astro dev` on its own port in a throwaway copy of the project.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionPaths } from '../support/content';
import { astroBin, astroEnv, projectCopy } from '../support/project-copy';

const PORT = 4433;
const url = `http://127.0.0.1:${PORT}/`;
const section = 'content/sections/conclusions.mdx';
/** A sentence of the section's body that no other text on the page has: each save marks it. */
const SENTENCE = 'As the situation continues to evolve,';
let dir: string;
let original: string;
let server: ChildProcess | undefined;
let log = '';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const path = () => join(dir, section);
/** The section with `marker` in its last paragraph (and `extra` words after it). */
const marked = (marker: string, extra = '') => original.replace(SENTENCE, `As the situation continues to evolve (${marker}),`) + extra;

/** One request for the article. */
async function page(): Promise<{ status: number; body: string }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

/** Which of the saves' markers a page shows. */
const markers = (body: string) => [...body.matchAll(/continues to evolve \(([a-z0-9-]+)\)/g)].map((m) => m[1]);

/** Expects the next request to show `marker` (and so none of the earlier saves). */
async function expectShown(marker: string) {
  const { status, body } = await page();
  expect({ status, shows: markers(body) }, status === 200 ? '' : log.slice(-3000)).toEqual({ status: 200, shows: [marker] });
}

/** Starts `astro dev`; `onLog` sees its output as it comes (to save at a chosen moment). */
function start(onLog?: (text: string) => void): void {
  log = '';
  server = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(PORT)], { cwd: dir, env: astroEnv() });
  const take = (chunk: Buffer) => {
    log += chunk.toString();
    onLog?.(log);
  };
  server.stdout!.on('data', take);
  server.stderr!.on('data', take);
}

/** Waits for the server to answer at all (its start-up, not the content). */
async function listening(): Promise<void> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(100)) {
    if (/ready in/.test(log)) return;
  }
  throw new Error(`astro dev did not start\n${log}`);
}

async function stop(): Promise<void> {
  if (!server) return;
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  server.kill();
  await exited;
  server = undefined;
}

/** Writes a file the way an editor writing a large file does: truncated first, then in pieces with pauses between them. */
async function writeSlowly(file: string, text: string, pieces = 6, pauseMs = 40): Promise<void> {
  const handle = await open(file, 'w');
  const bytes = Buffer.from(text);
  const size = Math.ceil(bytes.length / pieces);
  try {
    for (let at = 0; at < bytes.length; at += size) {
      await handle.write(bytes, at, Math.min(size, bytes.length - at));
      await sleep(pauseMs);
    }
  } finally {
    await handle.close();
  }
}

describe('astro dev shows every save in the next request', () => {
  beforeAll(async () => {
    dir = await projectCopy('dev-saves');
    original = await readFile(path(), 'utf8');
  });
  afterAll(stop);

  it('a save made while the content is first loaded, right after start-up', async () => {
    let saved: Promise<void> | undefined;
    start((text) => {
      if (!saved && /Syncing content/.test(text)) saved = writeFile(path(), marked('saved-at-start-up'));
    });
    await listening();
    await saved;
    await expectShown('saved-at-start-up');
    await stop();
    await writeFile(path(), original);
  });

  it('a large file rewritten in place in pieces right after start-up, while the first page renders', async () => {
    start();
    await listening();
    // About 200 KB: the loader can read it half-written (the error #22 reported).
    const long = `\n\n${'Further paragraphs of the conclusions, repeated to make a large file. '.repeat(2800)}\n`;
    const first = page();
    await writeSlowly(path(), marked('large-rewrite', long));
    await first;
    await expectShown('large-rewrite');
    await writeFile(path(), original);
    const { status, body } = await page();
    expect({ status, shows: markers(body) }).toEqual({ status: 200, shows: [] });
  });

  it('saves in quick succession: the last one shows', async () => {
    for (const marker of ['quick-1', 'quick-2', 'quick-3']) await writeFile(path(), marked(marker));
    await expectShown('quick-3');
  });

  it('a save during the reload of the one before', async () => {
    await writeFile(path(), marked('during-1'));
    await sleep(30);
    await writeFile(path(), marked('during-2'));
    await expectShown('during-2');
  });

  it('a temporary file renamed over the section (how many editors save)', async () => {
    const temporary = join(dir, 'content/sections/.conclusions.mdx.saving');
    await writeFile(temporary, marked('renamed-over'));
    await rename(temporary, path());
    await expectShown('renamed-over');
  });

  it('the file deleted and created again at once', async () => {
    await rm(path());
    await writeFile(path(), marked('re-created'));
    await expectShown('re-created');
  });

  it('the file deleted, the page asked for (an error: At a glance quotes the section), then created again', async () => {
    await rm(path());
    expect((await page()).status).toBe(500);
    // Long enough for Astro to have written its list of content modules without the file.
    await sleep(1200);
    await writeFile(path(), marked('back-again'));
    await expectShown('back-again');
    await writeFile(path(), original);
  });

  /** A file of the copy: its text, and a way to put it back. */
  async function keep(file: string): Promise<{ text: string; restore: () => Promise<void> }> {
    const text = await readFile(join(dir, file), 'utf8');
    return { text, restore: () => writeFile(join(dir, file), text) };
  }
  const sectionIds = (body: string) => [...body.matchAll(/<section class="article-section" aria-labelledby="([^"]+)"/g)].map((m) => m[1]);

  it('a section given another id (and its translations with it): the next request has the new id, not the old', async () => {
    const files = editionPaths.map((prefix) => `content/${prefix}sections/recommendations.mdx`);
    const kept = await Promise.all(files.map(keep));
    for (const [i, file] of files.entries())
      await writeFile(join(dir, file), kept[i]!.text.replace(/^id: recommendations$/m, 'id: advice'));
    let { status, body } = await page();
    expect({ status, advice: sectionIds(body).includes('advice'), recommendations: sectionIds(body).includes('recommendations') }).toEqual({
      status: 200,
      advice: true,
      recommendations: false,
    });
    for (const { restore } of kept) await restore();
    ({ status, body } = await page());
    expect({ status, advice: sectionIds(body).includes('advice'), recommendations: sectionIds(body).includes('recommendations') }).toEqual({
      status: 200,
      advice: false,
      recommendations: true,
    });
  });

  it('a section deleted with its translations leaves the page; put back, it returns', async () => {
    const files = editionPaths.map((prefix) => `content/${prefix}sections/recommendations.mdx`);
    const kept = await Promise.all(files.map(keep));
    const before = sectionIds((await page()).body);
    for (const file of files) await rm(join(dir, file));
    const without = await page();
    expect({ status: without.status, sections: sectionIds(without.body) }).toEqual({
      status: 200,
      sections: before.filter((id) => id !== 'recommendations'),
    });
    for (const { restore } of kept) await restore();
    const back = await page();
    expect({ status: back.status, sections: sectionIds(back.body) }).toEqual({ status: 200, sections: before });
  });

  it('a new file (a name with spaces and brackets) taking an id another file holds: the error names both; its own id fixes it', async () => {
    const copy = join(dir, 'content/sections/conclusions copy (2).mdx');
    await writeFile(copy, original);
    const taken = await page();
    expect(taken.status).toBe(500);
    expect(log).toContain(
      'content/sections/conclusions copy (2).mdx: its id "conclusions" is already used by content/sections/conclusions.mdx',
    );
    const ownIds = marked('draft')
      .replace(/^id: conclusions$/m, 'id: conclusions-draft')
      .replace(/^order: \d+$/m, 'order: 99')
      .replace(/^aliases:\n(?:\s+- .+\n)+/m, '');
    await writeFile(copy, ownIds);
    const fixed = await page();
    expect({ status: fixed.status, shows: markers(fixed.body), last: sectionIds(fixed.body).at(-1) }, log.slice(-1500)).toEqual({
      status: 200,
      shows: ['draft'],
      last: 'conclusions-draft',
    });
    await rm(copy);
    const { status, body } = await page();
    expect({ status, shows: markers(body), draft: sectionIds(body).includes('conclusions-draft') }).toEqual({
      status: 200,
      shows: [],
      draft: false,
    });
  });

  it('an editor’s hidden file beside the sections (.conclusions.mdx) is not content, as in a build', async () => {
    const before = sectionIds((await page()).body);
    const hidden = join(dir, 'content/sections/.conclusions.mdx');
    await writeFile(hidden, marked('hidden'));
    const { status, body } = await page();
    await rm(hidden);
    expect({ status, shows: markers(body), sections: sectionIds(body) }, log.slice(-1500)).toEqual({
      status: 200,
      shows: [],
      sections: before,
    });
  });

  it('a section file renamed with its text unchanged: the page keeps the section; renamed back, too', async () => {
    const before = sectionIds((await page()).body);
    const [from, to] = ['content/sections/recommendations.mdx', 'content/sections/advice.mdx'].map((f) => join(dir, f));
    await rename(from!, to!);
    const renamed = await page();
    await rename(to!, from!);
    const back = await page();
    expect(
      [renamed, back].map(({ status, body }) => ({ status, sections: sectionIds(body) })),
      log.slice(-1500),
    ).toEqual([
      { status: 200, sections: before },
      { status: 200, sections: before },
    ]);
  });

  it('an id handed over: a new file takes it (an error), the old file takes another, and the id shows the new file’s words', async () => {
    const copy = join(dir, 'content/sections/conclusions copy.mdx');
    await writeFile(copy, marked('handed-over'));
    expect((await page()).status).toBe(500);
    await writeFile(
      path(),
      original
        .replace(/^id: conclusions$/m, 'id: conclusions-old')
        .replace(/^order: \d+$/m, 'order: 98')
        .replace(/^aliases:\n(?:\s+- .+\n)+/m, ''),
    );
    const handed = await page();
    await rm(copy);
    await writeFile(path(), original);
    const restored = await page();
    expect(
      [handed, restored].map(({ status, body }) => ({ status, shows: markers(body), old: sectionIds(body).includes('conclusions-old') })),
      log.slice(-1500),
    ).toEqual([
      { status: 200, shows: ['handed-over'], old: true },
      { status: 200, shows: [], old: false },
    ]);
  });
});

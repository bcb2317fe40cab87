/**
 * `astro dev` at scale, for `npm run bench:scale`: in a copy the benchmark made, starts the dev
 * server, then saves section files the ways editors do and times the next page request, checking
 * that it shows the save. Prints start-up, a warm request of each edition, each kind of save
 * (median and slowest of several, and how many showed in that one request), saves spaced as an
 * editor makes them (with a later request and the server's processor time per save), a content
 * error and its recovery, and the server's peak memory.
 *
 * "Shown within" is measured as a reader of the page sees it: from the moment the save is on disk
 * to the moment the one request that follows has answered in full with the new words.
 */
import { spawn } from 'node:child_process';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const PORT = 4501;
/** How many saves of each kind: each on a different section, spread through the article. */
const SAVES = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

interface Save {
  /** What the editor does, as the figures' row names it. */
  kind: string;
  /** The edition whose files it saves: its page is the one requested. */
  edition: 'en' | 'ar';
  save: (file: string, text: string) => Promise<void>;
}

const SAVE_KINDS: Save[] = [
  { kind: 'a save in place', edition: 'en', save: (file, text) => writeFile(file, text) },
  { kind: 'a save in place', edition: 'ar', save: (file, text) => writeFile(file, text) },
  {
    kind: 'a temporary file renamed over',
    edition: 'en',
    save: async (file, text) => {
      await writeFile(`${file}.saving`, text);
      await rename(`${file}.saving`, file);
    },
  },
  {
    kind: 'the file deleted and re-created',
    edition: 'en',
    save: async (file, text) => {
      await rm(file);
      await writeFile(file, text);
    },
  },
  {
    kind: 'three saves in quick succession',
    edition: 'en',
    save: async (file, text) => {
      for (const n of [1, 2]) await writeFile(file, text.replace(/ bench-mark-\d+\./, ` bench-mark-early-${n}.`));
      await writeFile(file, text);
    },
  },
];

/** The text with a marker after the last sentence of its body: same paragraphs, same items, so a translation's shape still matches. */
function marked(text: string, marker: string): string {
  const lines = text.split('\n');
  const body = lines.indexOf('---', 1) + 1;
  for (let i = lines.length - 1; i >= body; i--) {
    if (/[.!?؟]$/.test(lines[i]!)) {
      lines[i] = `${lines[i]} ${marker}.`;
      return lines.join('\n');
    }
  }
  throw new Error('no sentence to mark');
}

/** A process's processor time so far, user and system, in milliseconds (Linux counts it in hundredths of a second). */
async function processorMs(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export interface DevFigures {
  rows: string[][];
  peakMB: number;
}

/** Runs the dev server in `dir` (a copy with `headed` sections per edition) and measures it. */
export async function measureDev(dir: string, astroBin: string, headed: number): Promise<DevFigures> {
  const started = performance.now();
  const server = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: dir,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let log = '';
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  let peakKB = 0;
  const poll = setInterval(() => {
    void readFile(`/proc/${server.pid}/status`, 'utf8').then(
      (status) => (peakKB = Math.max(peakKB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0))),
      () => undefined,
    );
  }, 100);
  const url = (edition: string) => `http://127.0.0.1:${PORT}/${edition === 'en' ? '' : `${edition}/`}`;
  const request = async (edition: string) => {
    const at = performance.now();
    const response = await fetch(url(edition));
    const body = await response.text();
    return { status: response.status, body, ms: performance.now() - at };
  };
  const rows: string[][] = [];
  const row = (what: string, ms: number[], shown?: string) =>
    rows.push([String(headed + 1), what, median(ms).toFixed(0), Math.max(...ms).toFixed(0), shown ?? '']);
  try {
    for (let deadline = Date.now() + 120_000; !/ready in/.test(log); await sleep(50)) {
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`astro dev did not start:\n${log.slice(-3000)}`);
    }
    const first = await request('en');
    if (first.status !== 200) throw new Error(`the first request answered ${first.status}:\n${log.slice(-3000)}`);
    row('start-up → first article page (en)', [performance.now() - started]);
    const other = await request('ar');
    row('then the other edition, first time (ar)', [other.ms]);
    for (const edition of ['en', 'ar']) {
      const warm: number[] = [];
      for (let i = 0; i < 3; i++) warm.push((await request(edition)).ms);
      row(`article page, nothing changed (${edition})`, warm);
    }

    const folders = { en: join(dir, 'content/sections'), ar: join(dir, 'content/ar/sections') };
    // Copies, not the real six: they carry no table, so a marker never lands in one.
    const names = (await readdir(folders.en)).filter((f) => /-\d+\.mdx$/.test(f)).sort();
    let next = 0;
    for (const { kind, edition, save } of SAVE_KINDS) {
      const times: number[] = [];
      let shown = 0;
      for (let i = 0; i < SAVES; i++) {
        const name = names[Math.floor((next++ * names.length) / (SAVE_KINDS.length * SAVES))]!;
        const file = join(folders[edition], name);
        const marker = `bench-mark-${next}`;
        await save(file, marked(await readFile(file, 'utf8'), marker));
        const saved = performance.now();
        const answer = await request(edition);
        times.push(performance.now() - saved);
        if (answer.status === 200 && answer.body.includes(`${marker}.`)) shown++;
        // Apart, as an editor's saves are.
        await sleep(300);
      }
      row(`${kind} (${edition}) → next request`, times, `${shown}/${SAVES}`);
    }

    // Saves spaced as an editor makes them: the page at once and again 1.5 s later, and the server's
    // processor time for each save, whatever it does in the background as well as for the requests.
    const atOnce: number[] = [];
    const later: number[] = [];
    let shownSpaced = 0;
    const cpuBefore = await processorMs(server.pid!);
    for (let i = 0; i < SAVES; i++) {
      const file = join(folders.en, names[Math.floor(((i + 0.25) * names.length) / SAVES)]!);
      const marker = `bench-mark-${next++}`;
      await writeFile(file, marked(await readFile(file, 'utf8'), marker));
      const saved = performance.now();
      const answer = await request('en');
      atOnce.push(performance.now() - saved);
      if (answer.status === 200 && answer.body.includes(`${marker}.`)) shownSpaced++;
      await sleep(1500);
      later.push((await request('en')).ms);
      await sleep(500);
    }
    const cpuPerSave = ((await processorMs(server.pid!)) - cpuBefore) / SAVES;
    row('saves 2 s apart (en) → next request', atOnce, `${shownSpaced}/${SAVES}`);
    row('… the same page 1.5 s after each save', later);
    row("… the server's processor time per save", [cpuPerSave]);

    // A content error: the overlay's answer (500) naming the file and field, then the next good save.
    const errors: number[] = [];
    const recoveries: number[] = [];
    let named = 0;
    let recovered = 0;
    for (let i = 0; i < SAVES; i++) {
      const name = names[Math.floor(((i + 0.5) * names.length) / SAVES)]!;
      const file = join(folders.en, name);
      const good = await readFile(file, 'utf8');
      await writeFile(file, good.replace(/^id: .+\n/m, ''));
      let at = performance.now();
      const error = await request('en');
      errors.push(performance.now() - at);
      const message = `content/sections/${name}: field "id"`;
      if (error.status === 500 && (error.body.includes(message) || log.includes(message))) named++;
      await writeFile(file, good);
      at = performance.now();
      const answer = await request('en');
      recoveries.push(performance.now() - at);
      if (answer.status === 200) recovered++;
      await sleep(300);
    }
    row('a save dropping a section id → the error', errors, `${named}/${SAVES} named`);
    row('the next good save → the page', recoveries, `${recovered}/${SAVES}`);
  } finally {
    clearInterval(poll);
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
  }
  return { rows, peakMB: peakKB / 1024 };
}

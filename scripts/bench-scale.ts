/**
 * Build cost at scale: `npm run bench:scale -- 100 1000` builds a throwaway copy of the project
 * with N headed sections in each edition (the six real ones copied, each copy with its own id,
 * order and title, so every preview image is distinct, and each translation of it copied with it
 * and recorded as current), first from clean and then again with nothing changed, and prints
 * sections, seconds, peak memory, the cost per preview image and each edition's pages. Each build
 * is the project's own build command (package.json's `build`, its environment included).
 *
 * Then (bench-dev.ts) it runs `astro dev` on the same copy and times what an editor waits for:
 * start-up, a page, and each kind of save until the next request shows it. `--build` measures
 * only the builds, `--dev` only the dev server.
 *
 * A benchmark, not a test: it never fails on slow figures. The copies live in
 * tests/.tmp/bench-scale/ (ignored by git) and are deleted afterwards; nothing in the repository
 * changes (`--keep` leaves the last copy in place, to profile a build by hand). Peak memory is
 * the build process's maximum resident set (GNU time when present, else /proc polling), worker
 * threads included. Run with Node 24 (`npm run …` or `npx node …`).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureDev } from './bench-dev.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = join(root, 'tests/.tmp/bench-scale');
const GNU_TIME = '/usr/bin/time';
/** The translations the copy multiplies with the original: every folder of content/ with an edition.yaml. */
const TRANSLATIONS = (await readdir(join(root, 'content'), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'content', entry.name, 'edition.yaml')))
  .map((entry) => entry.name)
  .sort();
const EDITION_COUNT = 1 + TRANSLATIONS.length;

const keep = process.argv.includes('--keep');
const measures = {
  build: !process.argv.includes('--dev'),
  dev: !process.argv.includes('--build'),
};
const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
if (counts.length === 0) counts.push(100, 1000);

/** The frontmatter and body of a section file. */
function splitMdx(source: string): { front: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('section file without frontmatter');
  return { front: match[1]!, body: match[2]! };
}

interface SectionSource {
  file: string;
  front: string;
  body: string;
}

const readSections = async (dir: string): Promise<SectionSource[]> =>
  Promise.all(
    (await readdir(dir))
      .filter((f) => f.endsWith('.mdx'))
      .map(async (file) => ({ file, ...splitMdx(await readFile(join(dir, file), 'utf8')) })),
  );
const frontId = (front: string) => /^id: (.+)$/m.exec(front)![1]!;

/** The same copy in either edition: its own id and numbered title; table rows have fixed ids, so the table stays in the first copy only. */
function copySection(source: SectionSource, id: string, copy: number, order?: number): string {
  let front = source.front
    .replace(/^id: .+$/m, `id: ${id}`)
    .replace(/^title: "(.+)"$/m, (_, title: string) => `title: "${title}${copy ? ` (${copy + 1})` : ''}"`)
    // Old ids would collide between copies.
    .replace(/^aliases:\n(?:\s+- .+\n?)+/m, '');
  if (order !== undefined) front = front.replace(/^order: .+$/m, `order: ${order}`);
  const body = copy ? source.body.replace(/<Table [^>]*\/>\n*/g, '') : source.body;
  return `---\n${front}\n---\n${body}`;
}

/**
 * A copy of the project whose content has `headed` headed sections (plus the real lede) in every
 * edition: each English copy with a copy of each translation (same id, the title numbered alike), and the
 * translations' sourceHash recorded by the project's own `translations record`, so every
 * translation counts as current (and is checked as such) exactly as a translator's would.
 */
async function makeCopy(headed: number): Promise<string> {
  const dir = join(work, String(headed));
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const part of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'].filter((p) =>
    existsSync(join(root, p)),
  )) {
    await cp(join(root, part), join(dir, part), { recursive: true });
  }
  const sectionsDir = join(dir, 'content/sections');
  const originals = (await readSections(sectionsDir))
    .filter((s) => /^title:/m.test(s.front))
    .sort((a, b) => order(a.front) - order(b.front));
  for (const s of originals) await rm(join(sectionsDir, s.file));
  const translated = await Promise.all(
    TRANSLATIONS.map(async (edition) => {
      const folder = join(dir, 'content', edition, 'sections');
      const byId = new Map((await readSections(folder)).map((s) => [frontId(s.front), s]));
      for (const s of originals) {
        const translation = byId.get(frontId(s.front));
        if (!translation)
          throw new Error(`content/${edition}/sections has no translation of "${frontId(s.front)}": the benchmark copies every edition`);
        await rm(join(folder, translation.file));
      }
      return { folder, byId };
    }),
  );
  for (let i = 0; i < headed; i++) {
    const source = originals[i % originals.length]!;
    const copy = Math.floor(i / originals.length);
    const id = `${frontId(source.front)}${copy ? `-${copy + 1}` : ''}`;
    await writeFile(join(sectionsDir, `${id}.mdx`), copySection(source, id, copy, i + 1));
    for (const { folder, byId } of translated)
      await writeFile(join(folder, `${id}.mdx`), copySection(byId.get(frontId(source.front))!, id, copy));
  }
  for (const glanceFile of ['content/at-a-glance.yaml', ...TRANSLATIONS.map((edition) => `content/${edition}/at-a-glance.yaml`)]) {
    const glance = await readFile(join(dir, glanceFile), 'utf8');
    const missing = originals.slice(headed).map((s) => frontId(s.front));
    if (missing.some((id) => glance.includes(`section: ${id}`))) {
      throw new Error(`At a glance (${glanceFile}) quotes sections past the first ${headed}: use at least ${originals.length} sections.`);
    }
  }
  for (const edition of TRANSLATIONS) await run(dir, [join(dir, 'scripts/translations.ts'), 'record', edition, '--all']);
  return dir;
}

/** A Node script in `dir` (on this Node), its output; fails on a non-zero exit. */
function run(dir: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: dir });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${args.join(' ')} failed in ${dir}:\n${output.slice(-3000)}`)),
    );
  });
}

/** The preview images in a built copy: each edition's article image and section images. */
async function imagesWritten(dir: string): Promise<number> {
  let images = 0;
  for (const prefix of ['', ...TRANSLATIONS.map((edition) => `${edition}/`)]) {
    images += (await readdir(join(dir, 'dist', prefix, 'og')).catch(() => [] as string[])).filter((n) => n.endsWith('.png')).length;
    if (existsSync(join(dir, 'dist', prefix, 'preview.png'))) images++;
  }
  return images;
}

/** Each edition's figures in a built copy: sections (from `translations`), share pages and preview images. */
async function editionCounts(dir: string, headed: number): Promise<string> {
  const state = await run(dir, [join(dir, 'scripts/translations.ts')]);
  // One line per translation: `npm run translations` lists them in TRANSLATIONS order.
  const states = [...state.matchAll(/(\d+) up to date, (\d+) outdated, (\d+) missing/g)].map(
    (m, i) => `${TRANSLATIONS[i]}: ${m[1]} current, ${m[2]} outdated, ${m[3]} missing`,
  );
  const count = async (sub: string, test: (name: string) => boolean) =>
    (await readdir(join(dir, 'dist', sub)).catch(() => [] as string[])).filter(test).length;
  const figures = await Promise.all(
    ['', ...TRANSLATIONS.map((edition) => `${edition}/`)].map(async (prefix) => {
      const shares = await count(`${prefix}s`, () => true);
      const images = await count(`${prefix}og`, (n) => n.endsWith('.png'));
      return `${prefix ? prefix.slice(0, -1) : 'original'}: ${headed + 1} sections, ${shares} share pages, ${images} section images`;
    }),
  );
  return `${figures.join('; ')}; translations (sections + tables): ${states.join('; ') || '?'}`;
}
const order = (front: string) => Number(/^order: (\d+)$/m.exec(front)?.[1] ?? 0);

interface Run {
  seconds: number;
  /** User + system CPU seconds (GNU time only): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakMB: number;
  images: number;
  output: string;
}

const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

/**
 * The environment `npm run build` gives astro: the build script is `VAR=value … astro build`
 * (package.json; a value may be in single quotes), and the benchmark runs that same command, with
 * the assignments, on Node 24.
 */
async function buildScriptEnv(): Promise<Record<string, string>> {
  const { scripts } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const assignment = /(\w+)=(?:'([^']*)'|(\S+))\s+/y;
  const env: Record<string, string> = {};
  const script = scripts.build ?? '';
  let at = 0;
  for (let match; (match = assignment.exec(script)); at = assignment.lastIndex) env[match[1]!] = match[2] ?? match[3]!;
  if (script.slice(at) !== 'astro build') throw new Error(`The build script is not "[VAR=value …] astro build": ${scripts.build}`);
  return env;
}
const scriptEnv = await buildScriptEnv();
const buildEnv = { ...process.env, ...scriptEnv };

/** The project's build (`npm run build`'s command) in `dir`, timed, with its peak resident memory. */
function build(dir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const useTime = existsSync(GNU_TIME);
    const args = [process.execPath, astroBin, 'build'];
    const options = { cwd: dir, env: buildEnv };
    const child = useTime ? spawn(GNU_TIME, ['-v', ...args], options) : spawn(args[0]!, args.slice(1), options);
    const started = performance.now();
    let output = '';
    let polledKB = 0;
    const poll = useTime
      ? undefined
      : setInterval(() => {
          void readFile(`/proc/${child.pid}/status`, 'utf8').then(
            (status) => (polledKB = Math.max(polledKB, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0))),
            () => undefined,
          );
        }, 100);
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`astro build failed in ${dir}:\n${output.slice(-3000)}`));
      const rssKB = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0) : polledKB;
      const cpuSeconds = ['User', 'System'].reduce(
        (sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1] ?? NaN),
        0,
      );
      if (process.env.BENCH_LOG_DIR) void writeFile(join(process.env.BENCH_LOG_DIR, `build-${Date.now()}.log`), output);
      // Astro's log shortens long lists of pages: count the images the build wrote instead.
      void imagesWritten(dir).then((images) => resolve({ seconds, cpuSeconds, peakMB: rssKB / 1024, images, output }), reject);
    });
  });
}

const rows: string[][] = [
  [
    'sections per edition',
    'build',
    'seconds',
    'CPU s',
    'peak MB',
    'images',
    'ms per section',
    'ms per image (clean − unchanged)',
    'CPU ms per image',
  ],
];
const devRows: string[][] = [['sections per edition', 'astro dev', 'median ms', 'slowest ms', 'shown']];
const devPeaks: string[] = [];
const results: { sections: number; clean: Run; again: Run }[] = [];
const editionLines: string[] = [];
try {
  for (const headed of counts) {
    const dir = await makeCopy(headed);
    // From clean: no output, no Astro cache (cacheDir defaults to node_modules/.astro in the copy).
    for (const leftover of ['dist', 'node_modules', '.astro']) await rm(join(dir, leftover), { recursive: true, force: true });
    const sections = headed + 1;
    if (measures.build) {
      const clean = await build(dir);
      const again = await build(dir);
      results.push({ sections, clean, again });
      editionLines.push(`${sections} per edition: ${await editionCounts(dir, headed)}`);
      const perImage = ((clean.seconds - again.seconds) * 1000) / Math.max(clean.images, 1);
      const row = (label: string, run: typeof clean, perImageCells: string[]) => [
        String(sections),
        label,
        run.seconds.toFixed(1),
        run.cpuSeconds.toFixed(1),
        run.peakMB.toFixed(0),
        String(run.images),
        // Per section file: every edition has its own.
        ((run.seconds * 1000) / (sections * EDITION_COUNT)).toFixed(0),
        ...perImageCells,
      ];
      const cpuPerImage = ((clean.cpuSeconds - again.cpuSeconds) * 1000) / Math.max(clean.images, 1);
      rows.push(row('clean', clean, [perImage.toFixed(1), cpuPerImage.toFixed(1)]), row('unchanged', again, ['', '']));
    }
    if (measures.dev) {
      const dev = await measureDev(dir, astroBin, headed);
      devRows.push(...dev.rows);
      devPeaks.push(`${sections} per edition: astro dev peak memory ${dev.peakMB.toFixed(0)} MB`);
    }
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
} finally {
  if (!keep) await rm(work, { recursive: true, force: true });
}

/** A table, its columns aligned: text columns to the left, figures to the right. */
function printTable(table: string[][]): void {
  if (table.length < 2) return;
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const numeric = table[0]!.map((_, i) => table.slice(1).every((r) => /^[\d.]*$/.test(r[i]!)));
  for (const row of table)
    console.log(
      row
        .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    );
}
printTable(rows);
for (const line of editionLines) console.log(line);
const last = results.at(-1);
if (last) {
  const within = (value: number, limit: number) =>
    `${value.toFixed(value < 100 ? 1 : 0)} (limit ${limit}: ${value <= limit ? 'within' : 'OVER'})`;
  console.log(
    `${last.sections} sections per edition: clean ${within(last.clean.seconds, 40)} s, unchanged ${within(last.again.seconds, 15)} s, peak ${within(Math.max(last.clean.peakMB, last.again.peakMB), 1024)} MB (issue #28's limits, set for two editions of about 1,000 sections)`,
  );
}
if (results.length >= 2) {
  const perSection = (r: (typeof results)[number]) => (r.clean.seconds * 1000) / r.sections;
  const [a, b] = [results[0]!, results.at(-1)!];
  console.log(`per-section cost from clean, ${b.sections} vs ${a.sections} sections: ${(perSection(b) / perSection(a)).toFixed(2)}x`);
}
if (devRows.length > 1) console.log('');
printTable(devRows);
for (const line of devPeaks) console.log(line);
console.log(
  `build environment (package.json's build script): ${
    Object.entries(scriptEnv)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ') || 'none'
  }`,
);
console.log(
  `cores: ${availableParallelism()}, load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

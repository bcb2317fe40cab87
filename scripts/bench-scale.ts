/**
 * Build cost at scale: `npm run bench:scale -- 100 1000` builds a throwaway copy of the project
 * with N headed sections (the six real ones copied, each copy with its own id, order and title,
 * so every preview image is distinct), first from clean and then again with nothing changed, and
 * prints sections, seconds, peak memory and the cost per preview image. Each build is the
 * project's own build command (package.json's `build`, its environment included).
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

const root = fileURLToPath(new URL('../', import.meta.url));
const work = join(root, 'tests/.tmp/bench-scale');
const GNU_TIME = '/usr/bin/time';

const keep = process.argv.includes('--keep');
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

/** A copy of the project whose content has `headed` headed sections (plus the real lede). */
async function makeCopy(headed: number): Promise<string> {
  const dir = join(work, String(headed));
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const part of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'].filter((p) =>
    existsSync(join(root, p)),
  )) {
    await cp(join(root, part), join(dir, part), { recursive: true });
  }
  const sectionsDir = join(dir, 'content/sections');
  const files = (await readdir(sectionsDir)).filter((f) => f.endsWith('.mdx'));
  const sources = await Promise.all(files.map(async (f) => ({ file: f, ...splitMdx(await readFile(join(sectionsDir, f), 'utf8')) })));
  const originals = sources.filter((s) => /^title:/m.test(s.front)).sort((a, b) => order(a.front) - order(b.front));
  for (const s of originals) await rm(join(sectionsDir, s.file));
  for (let i = 0; i < headed; i++) {
    const source = originals[i % originals.length]!;
    const copy = Math.floor(i / originals.length);
    const id = `${/^id: (.+)$/m.exec(source.front)![1]}${copy ? `-${copy + 1}` : ''}`;
    const front = source.front
      .replace(/^id: .+$/m, `id: ${id}`)
      .replace(/^order: .+$/m, `order: ${i + 1}`)
      .replace(/^title: "(.+)"$/m, (_, title: string) => `title: "${title}${copy ? ` (${copy + 1})` : ''}"`)
      // Old ids would collide between copies.
      .replace(/^aliases:\n(?:\s+- .+\n?)+/m, '');
    // Table rows have fixed ids: the table stays in the first copy only.
    const body = copy ? source.body.replace(/<Table [^>]*\/>\n*/g, '') : source.body;
    await writeFile(join(sectionsDir, `${id}.mdx`), `---\n${front}\n---\n${body}`);
  }
  const glance = await readFile(join(dir, 'content/at-a-glance.yaml'), 'utf8');
  const missing = originals.slice(headed).map((s) => /^id: (.+)$/m.exec(s.front)![1]);
  if (missing.some((id) => glance.includes(`section: ${id}`))) {
    throw new Error(
      `At a glance (content/at-a-glance.yaml) quotes sections past the first ${headed}: use at least ${originals.length} sections.`,
    );
  }
  return dir;
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
 * (package.json), and the benchmark runs that same command, with the assignments, on Node 24.
 */
async function buildScriptEnv(): Promise<Record<string, string>> {
  const { scripts } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const match = /^((?:\w+=\S+\s+)*)astro build$/.exec(scripts.build ?? '');
  if (!match) throw new Error(`The build script is not "[VAR=value …] astro build": ${scripts.build}`);
  return Object.fromEntries(
    match[1]!
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => pair.split('=', 2) as [string, string]),
  );
}
const buildEnv = { ...process.env, ...(await buildScriptEnv()) };

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
      const images = output.match(/\/(?:og\/[^ ]+|preview)\.png \(\+/g)?.length ?? 0;
      resolve({ seconds, cpuSeconds, peakMB: rssKB / 1024, images, output });
    });
  });
}

const rows: string[][] = [
  ['sections', 'build', 'seconds', 'CPU s', 'peak MB', 'images', 'ms per section', 'ms per image (clean − unchanged)', 'CPU ms per image'],
];
const results: { sections: number; clean: Run; again: Run }[] = [];
try {
  for (const headed of counts) {
    const dir = await makeCopy(headed);
    // From clean: no output, no Astro cache (cacheDir defaults to node_modules/.astro in the copy).
    for (const leftover of ['dist', 'node_modules', '.astro']) await rm(join(dir, leftover), { recursive: true, force: true });
    const clean = await build(dir);
    const again = await build(dir);
    const sections = headed + 1;
    results.push({ sections, clean, again });
    const perImage = ((clean.seconds - again.seconds) * 1000) / Math.max(clean.images, 1);
    const row = (label: string, run: typeof clean, perImageCells: string[]) => [
      String(sections),
      label,
      run.seconds.toFixed(1),
      run.cpuSeconds.toFixed(1),
      run.peakMB.toFixed(0),
      String(run.images),
      ((run.seconds * 1000) / sections).toFixed(0),
      ...perImageCells,
    ];
    const cpuPerImage = ((clean.cpuSeconds - again.cpuSeconds) * 1000) / Math.max(clean.images, 1);
    rows.push(row('clean', clean, [perImage.toFixed(1), cpuPerImage.toFixed(1)]), row('unchanged', again, ['', '']));
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
} finally {
  if (!keep) await rm(work, { recursive: true, force: true });
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padStart(widths[i]!)).join('  '));
if (results.length >= 2) {
  const perSection = (r: (typeof results)[number]) => (r.clean.seconds * 1000) / r.sections;
  const [a, b] = [results[0]!, results.at(-1)!];
  console.log(`per-section cost from clean, ${b.sections} vs ${a.sections} sections: ${(perSection(b) / perSection(a)).toFixed(2)}x`);
}
console.log(
  `cores: ${availableParallelism()}, load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

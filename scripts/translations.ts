/**
 * What a translator works from. `npm run translations` lists, for every translated edition, each
 * section and table of the original as up to date, outdated (the original changed since the
 * translation was made: the original's diff since then, where git has that version) or missing.
 *
 *   npm run translations                       every edition's state
 *   npm run translations -- record ar <id>…    a finished update: writes the original's current
 *                                              hash into content/ar/… for those sections or tables
 *   npm run translations -- record ar --all    the same for every translated section and table
 *
 * The hashes are the build's own (src/lib/content/translation.ts over the MDX parser's blocks), so what
 * this prints is what the pages show. Exits 0 whatever the state: an outdated translation is
 * work to do, not an error. Run with Node 24 (`npm run …`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { editionContent, ORIGINAL, TRANSLATIONS, type Edition } from '../src/lib/content/editions.ts';
import { sectionDoc } from '../src/lib/content/section-doc.ts';
import { sectionSourceHash, tableSourceHash, type TableWords } from '../src/lib/content/translation.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

/** A content file's frontmatter (or whole YAML) and MDX body. */
function readParts(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { data: parse(match[1]!) ?? {}, body: match[2]! } : { data: parse(source) ?? {}, body: '' };
}

const sectionHash = (source: string): string => {
  const { data, body } = readParts(source);
  return sectionSourceHash({ title: data.title as string | undefined, summary: String(data.summary ?? ''), doc: sectionDoc(body) });
};

const tableHash = (source: string): string => {
  const data = parse(source) as TableWords & { rows: { order: number }[] };
  return tableSourceHash({ ...data, rows: [...data.rows].sort((a, b) => a.order - b.order) as TableWords['rows'] });
};

interface Part {
  kind: 'section' | 'table';
  id: string;
  /** The original's file, relative to the project. */
  file: string;
  hash: (source: string) => string;
}

/** The original's sections (in reading order) and tables. */
function originalParts(): Part[] {
  const dir = (sub: string) => join(editionContent(ORIGINAL), sub);
  const files = (sub: string, ext: string) =>
    readdirSync(join(root, dir(sub)))
      .filter((f) => f.endsWith(ext))
      .map((f) => join(dir(sub), f));
  const sections = files('sections', '.mdx')
    .map((file) => ({ file, data: readParts(readFileSync(join(root, file), 'utf8')).data }))
    .sort((a, b) => Number(a.data.order) - Number(b.data.order))
    .map(({ file, data }): Part => ({ kind: 'section', id: String(data.id), file, hash: sectionHash }));
  const tables = files('tables', '.yaml').map((file): Part => ({
    kind: 'table',
    id: file.replace(/^.*\//, '').replace(/\.yaml$/, ''),
    file,
    hash: tableHash,
  }));
  return [...sections, ...tables];
}

/** Each edition's section files by their frontmatter id, read once (the first file with an id wins, as in a search). */
const sectionFiles = new Map<Edition, Map<string, string>>();

/** The translation's file of a part, if there is one: sections are found by their frontmatter id. */
function translationFile(edition: Edition, part: Part): string | undefined {
  const dir = join(editionContent(edition), part.kind === 'section' ? 'sections' : 'tables');
  if (!existsSync(join(root, dir))) return undefined;
  if (part.kind === 'table') {
    const file = join(dir, `${part.id}.yaml`);
    return existsSync(join(root, file)) ? file : undefined;
  }
  let byId = sectionFiles.get(edition);
  if (!byId) {
    byId = new Map();
    for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith('.mdx'))) {
      const file = join(dir, f);
      const id = readParts(readFileSync(join(root, file), 'utf8')).data.id;
      if (typeof id === 'string' && !byId.has(id)) byId.set(id, file);
    }
    sectionFiles.set(edition, byId);
  }
  return byId.get(part.id);
}

const recordedHash = (source: string): string | undefined => {
  const hash = readParts(source).data.sourceHash;
  return typeof hash === 'string' ? hash : undefined;
};

const git = (args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** The original's changes since the version a translation was made from, when git has that version. */
function diffSince(part: Part, recorded: string): string | undefined {
  try {
    for (const commit of git(['log', '--format=%H', '--', part.file]).split('\n').filter(Boolean)) {
      if (part.hash(git(['show', `${commit}:${part.file}`])) === recorded) return git(['diff', commit, '--', part.file]);
    }
  } catch {
    // Not a git checkout, or git is missing: the state alone is still right.
  }
  return undefined;
}

/** Writes `sourceHash: "<hash>"` into a translation file's frontmatter (sections) or top level (tables). */
function record(file: string, hash: string): void {
  const path = join(root, file);
  const source = readFileSync(path, 'utf8');
  // Quoted: a hash of digits only (about 1 in 280) would read back as a number, and one like "12e4…" as a float.
  const line = `sourceHash: "${hash}"`;
  let updated: string;
  if (/^sourceHash:.*$/m.test(source)) updated = source.replace(/^sourceHash:.*$/m, line);
  else if (file.endsWith('.mdx')) updated = source.replace(/^---\r?\n/, `---\n${line}\n`);
  else updated = `${line}\n${source}`;
  writeFileSync(path, updated);
}

const [command, editionArg, ...ids] = process.argv.slice(2);
const parts = originalParts();

if (command === 'record') {
  const edition = TRANSLATIONS.find((e) => e === editionArg);
  if (!edition) throw new Error(`Name a translated edition: ${TRANSLATIONS.join(', ')}`);
  const chosen = ids.includes('--all') ? parts : parts.filter((p) => ids.includes(p.id));
  const unknown = ids.filter((id) => id !== '--all' && !parts.some((p) => p.id === id));
  if (unknown.length > 0) throw new Error(`No section or table of the original has the id ${unknown.join(', ')}`);
  for (const part of chosen) {
    const file = translationFile(edition, part);
    if (!file) {
      console.log(`${part.kind} ${part.id}: no translation in ${editionContent(edition)} to record`);
      continue;
    }
    const hash = part.hash(readFileSync(join(root, part.file), 'utf8'));
    record(file, hash);
    console.log(`${part.kind} ${part.id}: ${relative('.', file)} now translates ${part.file} as of ${hash}`);
  }
} else if (command === undefined) {
  for (const edition of TRANSLATIONS) {
    console.log(`Edition "${edition}" (${editionContent(edition)}), against the original in ${editionContent(ORIGINAL)}:`);
    const counts = { 'up to date': 0, outdated: 0, missing: 0 };
    for (const part of parts) {
      const file = translationFile(edition, part);
      const current = part.hash(readFileSync(join(root, part.file), 'utf8'));
      const recorded = file && recordedHash(readFileSync(join(root, file), 'utf8'));
      const state = !file ? 'missing' : recorded === current ? 'up to date' : 'outdated';
      counts[state] += 1;
      console.log(`  ${state.padEnd(10)} ${part.kind} ${part.id}${file ? ` (${file})` : ''}`);
      if (state === 'outdated') {
        const diff = recorded && diffSince(part, recorded);
        console.log(
          diff
            ? diff.replace(/^/gm, '      ')
            : `      The original changed since ${recorded ?? 'an unrecorded version'}; git has no version with that hash to compare.`,
        );
        console.log(`      Once translated: npm run translations -- record ${edition} ${part.id}`);
      }
    }
    console.log(`  ${counts['up to date']} up to date, ${counts.outdated} outdated, ${counts.missing} missing\n`);
  }
} else {
  throw new Error(`Unknown command "${command}": run without arguments, or "record <edition> <id>…"`);
}

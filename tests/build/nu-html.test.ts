/**
 * Every page of both test builds is valid to the W3C Nu HTML checker (vnu-jar, run on Java 17+):
 * a second, independent opinion beside html-validate (tests/build/html.test.ts). The checker runs
 * once over both builds. Its errors fail the test, each printed with its file and line; only the
 * named ones below are let through, where Nu lags the specs.
 */
import { execFile, execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { installDebianPackage } from '../support/apt';
import { editionPaths } from '../support/content';
import { builds, distFiles, type BuildName } from '../support/dist';

const vnuJar = fileURLToPath(new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Errors Nu reports against the specs as they stand, each by its exact message (and, where the
 * message could also mean a real mistake, by what it points at). Nothing else is let through.
 */
const LAGGING: { message: string; reason: string; at?: RegExp }[] = [
  {
    // HTML allows blocking="render" on <link rel=expect> (the first paint waits for the footer,
    // tests/build/first-paint.test.ts); Nu still allows it on stylesheets only.
    message: 'A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”.',
    reason: 'rel=expect may be render-blocking',
    at: /<link rel="expect" href="#[\w-]+" blocking="render">/,
  },
  // Nu's CSS checker predates these; Tailwind writes both in its inline stylesheet.
  { message: 'CSS: Unrecognized at-rule “@property”', reason: 'CSS Properties and Values API' },
  { message: "CSS: “margin-trim”: Property “margin-trim” doesn't exist.", reason: 'CSS Box Model 4, in an @supports test' },
];
const lagging = (m: NuMessage) => LAGGING.some(({ message, at }) => m.message === message && (!at || at.test(m.extract ?? '')));

const isError = (m: NuMessage) => m.type !== 'info';
const where = (m: NuMessage) =>
  `${m.url ? relative(root, fileURLToPath(m.url)) : '(no file)'}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}`;

let messages: NuMessage[] = [];
let checked: string[] = [];

describe('every page of both builds passes the W3C Nu HTML checker', () => {
  const names = Object.keys(builds) as BuildName[];
  const pages = names.flatMap((name) =>
    distFiles(name)
      .filter((f) => f.endsWith('.html'))
      .map((f) => relative(root, `${builds[name].dir}/${f}`)),
  );

  beforeAll(async () => {
    try {
      execFileSync('java', ['-version'], { stdio: 'ignore' });
    } catch {
      installDebianPackage('default-jre-headless', 'The W3C Nu HTML checker');
    }
    // --verbose names each file checked on stdout; the messages come as JSON on stderr. The exit
    // code is 1 whenever there is an error, allowed or not, so it is not the verdict.
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
      execFile(
        'java',
        ['-jar', vnuJar, '--format', 'json', '--skip-non-html', '--verbose', ...names.map((name) => relative(root, builds[name].dir))],
        { cwd: root, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => (error && error.code !== 1 ? reject(error) : resolve({ stdout, stderr })),
      ),
    );
    messages = (JSON.parse(stderr) as { messages: NuMessage[] }).messages;
    checked = stdout.split('\n').filter(Boolean);
  });

  it('checks every HTML page of both builds', () => {
    expect(pages).toEqual(expect.arrayContaining(['tests/.tmp/root/index.html', 'tests/.tmp/www/explainer/404.html']));
    expect([...checked].sort()).toEqual([...pages].sort());
  });

  it('finds no errors but the named ones where Nu lags the specs', () => {
    const errors = messages.filter((m) => isError(m) && !lagging(m));
    expect(
      errors.map((m) => `${where(m)} ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ')}` : ''}`),
      'Nu errors (file:line:column message, then the markup)',
    ).toEqual([]);
  });

  it('agrees that each page is written in the language its <html lang> names (every translation too)', () => {
    for (const prefix of editionPaths.slice(1)) expect(pages.filter((p) => p.includes(`/${prefix}`)).length, prefix).toBeGreaterThan(0);
    // Nu guesses a page's language from its text and warns when lang says otherwise.
    const mismatches = messages.filter((m) => /appears to be written in/.test(m.message));
    expect(mismatches.map((m) => `${where(m)} ${m.message}`)).toEqual([]);
  });
});

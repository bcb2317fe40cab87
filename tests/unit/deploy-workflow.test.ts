/**
 * The deploy workflow (.github/workflows/deploy.yml) cannot ship a red commit: the job that
 * deploys waits, through `needs`, for a job that runs the whole CI script; only the deploy job
 * can publish; actions run on the Node 24 action runtime; no expression is pasted into a script.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  steps: Step[];
}
const workflow = parse(readFileSync(new URL('../../.github/workflows/deploy.yml', import.meta.url), 'utf8')) as {
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
};
const jobs = Object.entries(workflow.jobs);
const needs = (job: Job) => [job.needs ?? []].flat();
/** Every job `name` waits for, directly or through others. */
const upstream = (name: string): string[] => needs(workflow.jobs[name]!).flatMap((n) => [n, ...upstream(n)]);
const deployJobs = jobs.filter(([, job]) => job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).map(([name]) => name);

/**
 * The first major of each official action that runs on the Node 24 action runtime
 * (upload-pages-artifact is a composite action; v5 is the first over a Node 24 upload-artifact).
 */
const firstNode24Major: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/configure-pages': 6,
  'actions/upload-pages-artifact': 5,
  'actions/deploy-pages': 5,
};

describe('the deploy workflow', () => {
  it('deploys only after a job that runs the CI script (npm ci, lint, npm test) has passed', () => {
    expect(deployJobs).toHaveLength(1);
    const testers = jobs.filter(([, job]) => job.steps.some((s) => /^\s*bash \.ci\/run\s*$/.test(s.run ?? ''))).map(([name]) => name);
    expect(testers.length).toBeGreaterThan(0);
    expect(upstream(deployJobs[0]!)).toEqual(expect.arrayContaining([testers[0]!]));
    // .ci/run itself runs lint and the README's test command.
    const script = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
    expect(script).toMatch(/^npm run lint$/m);
    expect(script).toMatch(/^npm test$/m);
    expect(script).toMatch(/^set -euo pipefail$/m);
  });

  it('gives no permission by default, and publishing rights to the deploy job alone', () => {
    expect(workflow.permissions ?? {}).toEqual({});
    for (const [name, job] of jobs) {
      expect(job.permissions, `${name} states its permissions`).toBeTypeOf('object');
      const publishes = Object.entries(job.permissions as Record<string, string>)
        .filter(([, level]) => level === 'write')
        .map(([scope]) => scope);
      expect(publishes.sort(), name).toEqual(deployJobs.includes(name) ? ['id-token', 'pages'] : []);
    }
  });

  it('uses official actions at majors that run on Node 24', () => {
    const uses = jobs.flatMap(([, job]) => job.steps.map((s) => s.uses).filter((u): u is string => Boolean(u)));
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const [action, version] = use.split('@');
      expect(Object.keys(firstNode24Major), use).toContain(action);
      expect(Number(/^v(\d+)/.exec(version ?? '')?.[1]), use).toBeGreaterThanOrEqual(firstNode24Major[action!]!);
    }
  });

  it('passes expressions to scripts through env:, never pasted into a run: script', () => {
    const runs = jobs.flatMap(([, job]) => job.steps.map((s) => s.run).filter((r): r is string => Boolean(r)));
    expect(runs.filter((run) => run.includes('${{'))).toEqual([]);
  });
});

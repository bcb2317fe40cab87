/**
 * The code's shape, as the README describes it: pages load the article and hand it to their
 * components (Astro.locals.article), so no component loads content itself; every folder of src/
 * holds at most 12 files, components grouped in folders by what they serve, src/lib in folders
 * each with a README on its job; and imports between src/lib's folders run one way, never in a
 * circle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');

/** Every file below `dir`, as paths relative to src/. */
const filesBelow = (dir: string): string[] =>
  readdirSync(join(src, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(src, join(entry.parentPath, entry.name)));

/** The folders of src/lib each file of src/lib imports from (type-only imports too), other than its own. */
function libFolderImports(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of filesBelow('lib').filter((f) => f.endsWith('.ts'))) {
    const folder = file.split('/')[1]!;
    const targets = graph.get(folder) ?? new Set<string>();
    for (const [, specifier] of readFileSync(join(src, file), 'utf8').matchAll(/\bfrom '(\.\.?\/[^']+)'/g)) {
      const target = relative(join(src, 'lib'), resolve(dirname(join(src, file)), specifier!)).split('/')[0]!;
      if (target !== folder && !target.startsWith('..')) targets.add(target);
    }
    graph.set(folder, targets);
  }
  return graph;
}

/** A circle of imports in the graph, as "a → b → a", or undefined when there is none. */
function findCycle(graph: Map<string, Set<string>>): string | undefined {
  const done = new Set<string>();
  const visit = (node: string, path: string[]): string | undefined => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node].join(' → ');
    if (done.has(node)) return undefined;
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next, [...path, node]);
      if (cycle) return cycle;
    }
    done.add(node);
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node, []);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the layout of the code', () => {
  it('no component or layout loads content: they read the page’s article', () => {
    const loaders = [...filesBelow('components'), ...filesBelow('layouts')]
      .filter((file) => /\.(astro|ts)$/.test(file))
      .filter((file) => /astro:content|getArticle|getCollection/.test(readFileSync(join(src, file), 'utf8')));
    expect(loaders).toEqual([]);
  });

  it('every folder of src/ holds at most 12 files; components and src/lib are grouped in folders', () => {
    const perFolder = new Map<string, number>();
    for (const file of filesBelow('.')) perFolder.set(dirname(file), (perFolder.get(dirname(file)) ?? 0) + 1);
    expect([...perFolder].filter(([, count]) => count > 12)).toEqual([]);
    expect(perFolder.has('components'), 'files directly in src/components').toBe(false);
    expect(perFolder.has('lib'), 'files directly in src/lib').toBe(false);
  });

  it('each folder of src/lib has a README on its job', () => {
    for (const folder of readdirSync(join(src, 'lib'))) expect(readdirSync(join(src, 'lib', folder)), folder).toContain('README.md');
  });

  it('imports between the folders of src/lib run one way: no circle', () => {
    const graph = libFolderImports();
    expect(graph.size).toBeGreaterThan(5);
    expect(findCycle(graph)).toBeUndefined();
    // The finder finds one where there is one.
    expect(findCycle(new Map([...graph, ['urls', new Set(['share'])]]))).toContain('urls → share');
  });
});

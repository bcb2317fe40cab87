/**
 * The first paint is the whole page: every page holds rendering until its footer, the last thing
 * in it, has been parsed (`<link rel="expect" blocking="render">`), so no browser that supports
 * it paints a half-parsed page and lays it out twice (issue #12). The article arrives in one TCP
 * flight (tests/e2e/nginx.spec.ts), so the wait costs no round trip.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { PAGE_IDS } from '../../src/lib/urls/page-ids';
import { builds, distFiles, readDist, type BuildName } from '../support/dist';

describe.each(Object.keys(builds) as BuildName[])('every page of the %s build paints once, whole', (name) => {
  const pages = distFiles(name).filter((f) => f.endsWith('.html'));

  it.each(pages)('%s', (file) => {
    const { document } = parseHTML(readDist(file, name).toString());
    const expects = [...document.querySelectorAll('head link[rel="expect"]')];
    expect(expects.map((link) => [link.getAttribute('href'), link.getAttribute('blocking')])).toEqual([[`#${PAGE_IDS.end}`, 'render']]);
    const target = document.querySelectorAll(`#${PAGE_IDS.end}`);
    expect(target).toHaveLength(1);
    expect(target[0]!.tagName).toBe('FOOTER');
    // Only scripts may follow it: nothing a reader sees is left out of the first paint's wait.
    const after: string[] = [];
    for (let next = target[0]!.nextElementSibling; next; next = next.nextElementSibling) after.push(next.tagName);
    expect(after.filter((tag) => tag !== 'SCRIPT')).toEqual([]);
    expect(target[0]!.parentElement!.tagName).toBe('BODY');
  });
});

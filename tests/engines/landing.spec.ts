/**
 * A shared link lands on its section in every engine: each id of every edition, at phone and desk
 * widths, on the first visit and on a reload, and each share page after its redirect. "Lands"
 * means the target sits just below the sticky header (the page's scroll-padding), as a reader
 * sees it once the page has settled, and the contents list marks the section opened.
 */
import { editionPaths, linkableIds, titledSections } from '../support/content';
import { expect, test, type Site } from './fixtures';

/** Where the target is, measured in the page. */
function measure(id: string) {
  const target = document.getElementById(id);
  const root = document.documentElement;
  const marked = document.querySelector<HTMLAnchorElement>('.toc-list a[aria-current="true"]');
  return {
    found: target !== null,
    hash: location.hash,
    top: Math.round(target?.getBoundingClientRect().top ?? NaN),
    scrollY: Math.round(scrollY),
    maxScrollY: root.scrollHeight - innerHeight,
    /** The scroll padding the page asks landings to keep clear: the header and a gap. */
    padding: parseFloat(getComputedStyle(root).scrollPaddingTop),
    /** The heading of the section the target is in (none for the lede). */
    section: target?.closest('.article-section')?.querySelector('h2')?.id ?? null,
    marked: marked ? decodeURIComponent(marked.hash.slice(1)) : null,
    enhanced: customElements.get('explainer-contents') !== undefined,
  };
}
type Landing = ReturnType<typeof measure>;

/** The landing once the page has settled: two looks 200 ms apart agree (late layout moves things). */
async function settled(site: Site, id: string): Promise<Landing> {
  let last: Landing | undefined;
  for (let tries = 0; tries < 20; tries++) {
    // A look during a navigation (a share page's redirect) fails: look again.
    const now = await site.evaluate(measure, id).catch(() => undefined);
    if (now?.found && now.enhanced && last && now.top === last.top && now.scrollY === last.scrollY && now.marked === last.marked)
      return now;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`#${id} never settled: last seen ${JSON.stringify(last)}`);
}

/** Just below the header, or as near as the page's ends allow. */
function expectLanded(landing: Landing, id: string, when: string) {
  const { top, padding, scrollY, maxScrollY } = landing;
  const atEnd = scrollY >= maxScrollY - 1 && top >= padding - 2;
  const atStart = scrollY === 0 && top <= padding;
  expect(
    Math.abs(top - padding) <= 2 || atEnd || atStart,
    `${when}: #${id} is ${top} px from the top (want ${padding}); ${JSON.stringify(landing)}`,
  ).toBe(true);
  if (landing.section) expect(landing.marked, `${when}: the contents list marks the section of #${id}`).toBe(landing.section);
}

for (const edition of editionPaths) {
  for (const width of [360, 1280]) {
    test.describe(`/${edition} at ${width} px`, () => {
      test.beforeEach(async ({ site }) => site.setViewport(width, 800));

      for (const id of linkableIds) {
        test(`#${id} lands below the header, on a visit and on a reload`, async ({ site }) => {
          await site.open(`${edition}#${id}`);
          expectLanded(await settled(site, id), id, 'first visit');
          await site.reload();
          expectLanded(await settled(site, id), id, 'reload');
        });
      }

      test('each share page lands on its section', async ({ site }) => {
        for (const { id } of titledSections) {
          await site.open(`${edition}s/${id}/`);
          const landing = await settled(site, id);
          expect(landing.hash).toBe(`#${id}`);
          expectLanded(landing, id, `s/${id}/`);
        }
      });
    });
  }
}

/**
 * Reading the article in every engine: nothing scrolls sideways, no script error or CSP violation,
 * the diagram's words drawn in order on their own lines, every focusable control visible when
 * focused (and the permalink when hovered or landed on), the theme choice kept across a reload,
 * a right-to-left citation's address in one piece, and the theme control the page's own size.
 */
import { editionPaths, titledSections } from '../support/content';
import { pixelsLike } from '../support/page';
import { APPLY_THEME } from '../../src/lib/theme/theme-key';
import { expect, test, type Site } from './fixtures';

/** The enhancement module (after the first paint) has run; a look during a redirect (a share page's) looks again. */
async function enhanced(site: Site) {
  const ran = () => site.evaluate(() => customElements.get('explainer-copy') !== undefined).catch(() => false);
  await expect.poll(ran, { timeout: 10_000 }).toBe(true);
}

for (const edition of editionPaths) {
  test.describe(`/${edition}`, () => {
    test('no page scrolls sideways at 320 and 360 px', async ({ site }) => {
      // In a frame of that width, on a page of the site (same origin, so it can be measured):
      // WebKit's windows are never narrower than 334 px.
      for (const width of [320, 360]) {
        for (const path of [edition, `${edition}no-such-page/`]) {
          await site.open(`${edition}no-such-page/`);
          const overflow = await site.evaluate(
            (src: string, frameWidth: number) =>
              new Promise<number>((resolve) => {
                const frame = document.createElement('iframe');
                frame.style.cssText = `position:fixed;inset:0;width:${frameWidth}px;height:800px;border:0;z-index:99`;
                frame.addEventListener('load', () => {
                  const root = frame.contentDocument!.documentElement;
                  resolve(root.scrollWidth - root.clientWidth);
                });
                frame.src = src;
                document.body.append(frame);
              }),
            site.url(path),
            width,
          );
          expect(overflow, `/${path} at ${width} px`).toBeLessThanOrEqual(0);
        }
      }
    });

    test('the article, a share page and the 404 page run their scripts with no error or CSP violation', async ({ site }) => {
      for (const path of [edition, `${edition}s/${titledSections[0]!.id}/`, `${edition}no-such-page/`]) {
        await site.open(path);
        await enhanced(site);
        // The inline theme script ran before the first paint (the CSP allows it by its hash).
        expect(await site.evaluate((name: string) => typeof (window as never)[name], APPLY_THEME), `/${path}: the theme script`).toBe(
          'function',
        );
        expect(await site.problems(), `/${path}`).toEqual([]);
      }
    });

    test('the theme chosen survives a reload', async ({ site }) => {
      await site.open(edition);
      await enhanced(site);
      const look = () =>
        site.evaluate(() => ({
          theme: document.documentElement.dataset.theme,
          chosen: (document.getElementById('theme') as HTMLSelectElement).value,
          background: getComputedStyle(document.body).backgroundColor,
        }));
      const light = await look();
      await site.select('#theme', 'dark');
      const dark = await look();
      expect(dark.theme).toBe('dark');
      expect(dark.background).not.toBe(light.background);
      await site.reload();
      await enhanced(site);
      expect(await look()).toEqual(dark);
      await site.select('#theme', 'system');
    });

    test('the theme control is the page’s own: the size and shape it sets', async ({ site }) => {
      await site.open(edition);
      await enhanced(site);
      const select = await site.evaluate(() => {
        const el = document.getElementById('theme')!;
        const style = getComputedStyle(el);
        return {
          height: el.getBoundingClientRect().height,
          rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
          appearance: style.appearance,
        };
      });
      expect(select.appearance).toBe('none');
      expect(Math.abs(select.height - 2 * select.rem)).toBeLessThanOrEqual(0.5);
    });

    // On screens, and on paper: the print style sheet applied to the screen at an A4 sheet's width
    // (794 px), since no engine here prints through its WebDriver protocol alike.
    for (const { width, print } of [{ width: 360 }, { width: 1280 }, { width: 794, print: true }]) {
      const where = print ? 'with the print style sheet, at an A4 sheet’s width' : `at ${width} px`;
      test(`${where} the diagram’s words are drawn in reading order, each on its own line`, async ({ site }) => {
        await site.setViewport(width, 800);
        await site.open(`${edition}#actor-relations-diagram`);
        if (print) {
          await enhanced(site);
          // The sheet the page links for print, adopted for the screen (a constructed sheet: the
          // page's policy allows no inline style, and WebKit applies no change to a link's media).
          const applied = await site.evaluate(async () => {
            const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"][href$="print.css"]');
            if (!link) return false;
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(await (await fetch(link.href)).text());
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
            return getComputedStyle(document.querySelector('.site-header')!).display === 'none';
          });
          expect(applied, 'the print style sheet hides the header').toBe(true);
        }
        const problems = await site.evaluate(() => {
          const found: string[] = [];
          const svg = document.querySelector('svg.relation-diagram');
          if (!svg) return ['no diagram'];
          // A line is a <text> of its own, or (as once written) a positioned <tspan> in a shared <text>.
          const lines = [...svg.querySelectorAll<SVGTextContentElement>('text:not(:has(tspan)), tspan')];
          if (lines.length < 3) found.push(`only ${lines.length} lines`);
          for (const line of lines) {
            const text = line.textContent ?? '';
            const baseline = Number(line.getAttribute('y'));
            const style = getComputedStyle(line);
            const size = parseFloat(style.fontSize);
            // The same words drawn alone, as one line of their own: how this engine draws (and
            // reports) them in reading order. WebKit reports a right-to-left line's characters
            // left to right, so the order is compared with this, not assumed.
            const alone = document.createElementNS('http://www.w3.org/2000/svg', 'text');
            for (const name of ['x', 'y']) alone.setAttribute(name, line.getAttribute(name) ?? '0');
            alone.setAttribute('text-anchor', style.textAnchor);
            for (const name of ['font-family', 'font-size', 'font-weight'] as const)
              alone.style.setProperty(name, style.getPropertyValue(name));
            alone.textContent = text;
            (line.closest('g') ?? svg).append(alone);
            for (let i = 0; i < line.getNumberOfChars(); i++) {
              const box = line.getExtentOfChar(i);
              const middle = box.y + box.height / 2;
              if (middle < baseline - size || middle > baseline + size / 3)
                found.push(`"${text}": "${text[i]}" (${i + 1}) is drawn off its line`);
              else if (Math.abs(box.x - alone.getExtentOfChar(i).x) > 1)
                found.push(`"${text}": "${text[i]}" (${i + 1}) is out of reading order`);
            }
            alone.remove();
          }
          return found;
        });
        expect(problems).toEqual([]);
      });
    }

    test('at 1280 px every control Tab reaches shows its focus ring, uncovered', async ({ site }) => {
      // Up to 120 key presses, each followed by two frames and a look at the page: 10–25 s here.
      test.slow();
      await site.open(edition);
      await enhanced(site);
      // As in a reader's window: the document has the focus, or no :focus rule matches (Firefox
      // can take a moment to give it to a tab just brought to the front).
      await expect.poll(() => site.evaluate(() => document.hasFocus()), { timeout: 5000 }).toBe(true);
      const seen = new Set<string>();
      for (let step = 0; step < 120; step++) {
        await site.pressTab();
        // After the frame that paints the focus.
        await site.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const focused = await site.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          const path: string[] = [];
          for (let e: Element | null = el; e; e = e.parentElement)
            path.unshift(`${e.tagName}${e.id ? `#${e.id}` : ''}:${[...(e.parentElement?.children ?? [])].indexOf(e)}`);
          return {
            key: path.join('>'),
            name: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}"`,
            box: { left: box.left, top: box.top, width: box.width, height: box.height },
            ring: {
              colour: style.outlineColor,
              width: parseFloat(style.outlineWidth),
              offset: parseFloat(style.outlineOffset),
              style: style.outlineStyle,
            },
            uncovered: hit !== null && (hit === el || el.contains(hit)),
            viewport: { width: document.documentElement.clientWidth, height: innerHeight },
          };
        });
        if (!focused || seen.has(focused.key)) break;
        seen.add(focused.key);
        expect(focused.uncovered, `${focused.name} is covered or clipped where it sits`).toBe(true);
        expect(focused.ring.style, `${focused.name} has a focus ring`).not.toBe('none');
        // The ring: the band between the outline's inner edge (its offset) and its outer edge.
        const { box, ring, viewport } = focused;
        const reach = ring.offset + ring.width;
        const left = Math.max(0, Math.floor(box.left - reach));
        const top = Math.max(0, Math.floor(box.top - reach));
        const right = Math.min(viewport.width, Math.ceil(box.left + box.width + reach));
        const bottom = Math.min(viewport.height, Math.ceil(box.top + box.height + reach));
        const region = { left, top, width: right - left, height: bottom - top };
        const ringArea =
          (box.width + 2 * reach) * (box.height + 2 * reach) - (box.width + 2 * ring.offset) * (box.height + 2 * ring.offset);
        const painted = await pixelsLike(await site.screenshot(), ring.colour, 60, region);
        expect(
          painted.count,
          `${focused.name}: pixels of its ${ring.colour} ring painted (a ring of ${Math.round(ringArea)})`,
        ).toBeGreaterThan(ringArea * 0.4);
      }
      expect(seen.size, 'controls Tab reached').toBeGreaterThan(20);
    });

    test('at 1280 px a section’s permalink shows when its heading is hovered and when the section is landed on', async ({ site }) => {
      const { id } = titledSections[2]!;
      const permalinkShows = async () => {
        const link = await site.evaluate((sectionId: string) => {
          const a = document.getElementById(sectionId)!.closest('.section-heading')!.querySelector<HTMLElement>('.permalink')!;
          const box = a.getBoundingClientRect();
          return {
            box: { left: Math.round(box.left), top: Math.round(box.top), width: Math.round(box.width), height: Math.round(box.height) },
            colour: getComputedStyle(a).color,
          };
        }, id);
        const glyph = await pixelsLike(await site.screenshot(), link.colour, 90, link.box);
        return glyph.count;
      };
      await site.open(`${edition}#${id}`);
      await enhanced(site);
      expect(await permalinkShows(), 'landed on: pixels of the "#" drawn').toBeGreaterThan(10);
      await site.open(edition);
      await site.evaluate((sectionId: string) => document.getElementById(sectionId)!.scrollIntoView({ block: 'center' }), id);
      await site.hover(`#${id}`);
      expect(await permalinkShows(), 'hovered: pixels of the "#" drawn').toBeGreaterThan(10);
    });
  });
}

test('the Arabic citation’s address reads left to right in one piece, at every width from 160 px (a 320 px phone zoomed to 200%) to 640 px', async ({
  site,
}) => {
  const rightToLeft = editionPaths.filter((path) => path !== '');
  for (const edition of rightToLeft) {
    // In a frame resized 8 px at a time (on a page of the site, so it can be read): somewhere the
    // address meets a line's end, wherever the site is hosted.
    await site.open(`${edition}no-such-page/`);
    const problems = await site.evaluate(
      (src: string) =>
        new Promise<string[]>((resolve) => {
          const frame = document.createElement('iframe');
          frame.style.cssText = 'position:fixed;inset:0;height:800px;border:0;z-index:99';
          frame.addEventListener('load', () => {
            const doc = frame.contentDocument!;
            const found: string[] = [];
            // The address as a host with a name gives it: the test build's 127.0.0.1 never breaks
            // (no line break between "/" and a digit), "https://" before a name may.
            for (const node of [...doc.getElementById('cite-text')!.querySelectorAll('*'), doc.getElementById('cite-text')!].flatMap(
              (el) => [...el.childNodes],
            ))
              if (node.nodeType === Node.TEXT_NODE)
                node.textContent = node.textContent!.replace(/http:\/\/127\.0\.0\.1:\d+\//, 'https://news.example.org/explainer/');
            for (let width = 160; width <= 640; width += 8) {
              frame.style.width = `${width}px`;
              const pre = doc.getElementById('cite-text')!;
              const walker = doc.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent ?? '';
                const start = text.indexOf('http');
                if (start < 0) continue;
                const end = text.indexOf('\u2069', start);
                const range = doc.createRange();
                let last: DOMRect | undefined;
                for (let i = start; i < (end < 0 ? text.length : end); i++) {
                  range.setStart(node, i);
                  range.setEnd(node, i + 1);
                  // The character's own box: WebKit adds an empty one at the end of the line before a wrap.
                  const box = [...range.getClientRects()].filter((rect) => rect.width > 0).at(-1) ?? range.getBoundingClientRect();
                  // Each character after the one before: to its right on the same line, or on a
                  // later line starting further left (an address wraps as left-to-right text does).
                  const inOrder = last === undefined || (box.top < last.bottom - 1 ? box.left >= last.left - 0.5 : box.left <= last.left);
                  if (!inOrder) found.push(`at ${width} px "${text.slice(start, i + 1)}…" breaks out of order`);
                  last = box;
                }
              }
            }
            resolve(found);
          });
          frame.src = src;
          document.body.append(frame);
        }),
      site.url(`${edition}#cite`),
    );
    expect(problems, `/${edition}`).toEqual([]);
  }
});

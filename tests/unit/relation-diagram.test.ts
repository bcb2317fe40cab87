import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { openSync, type Font } from 'fontkit';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import RelationDiagram from '../../src/components/tables/RelationDiagram.astro';
import { relationDiagramExamples } from '../support/examples/relation-diagram';
import {
  type Box,
  SAFETY,
  describeDiagram,
  diagramSvg,
  layoutDiagram,
  measure,
  splitGroups,
  wrapText,
} from '../../src/lib/diagram/relation-diagram';
import { FONT_FILES } from '../../src/lib/graphics/font-files';
import { hexRgb } from '../../src/lib/graphics/hex-colour';
import { diagramPaint, diagramStyles } from '../../src/lib/diagram/paint';
import { PREVIEW_SANS, diagramFrame, drawPreview, previewFontStack, type PreviewText } from '../../src/lib/share/preview-image';
import { palette } from '../../src/lib/theme/palette';
import { tableDiagram } from '../../src/lib/diagram/table-diagram';
import { shareArticle } from '../support/share-article';
import { wordsOf } from '../support/words';

const en = wordsOf('en');

type Props = (typeof relationDiagramExamples)[string];

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(props: Props, caption?: string) {
  const html = await container.renderToString(RelationDiagram, { props, slots: caption ? { default: caption } : {} });
  return { html, document: parseHTML(`<!doctype html><html><body>${html}</body></html>`).document };
}

/** The text a block shows, compared without its line breaks (a line may end in a space, a hyphen or a cut word). */
const shown = (parent: Element, selector: string) =>
  squash([...parent.querySelectorAll(`${selector} text`)].map((t) => t.textContent).join(''));
const squash = (text: string) => text.replace(/\s+/g, '');

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;
const validateAs = fileURLToPath(new URL('relation-diagram.html', import.meta.url));
/** A share image's words, for drawing a diagram beside them. */
const previewWords: PreviewText = {
  kicker: 'Site',
  title: 'Title',
  summary: 'Summary',
  footer: 'Footer',
  colors: palette.light,
  capsKicker: true,
  direction: 'ltr',
};

describe.each(Object.entries(relationDiagramExamples))('RelationDiagram: %s', (_, props) => {
  it('draws one node per row with its name, the centre first and carrying its note', async () => {
    const { document } = await render(props);
    const nodes = [...document.querySelectorAll('.rd-node-group')];
    expect(nodes).toHaveLength(props.others.length + 1);
    const names = nodes.map((g) => shown(g, '.rd-name'));
    expect(names).toEqual([props.centre.name, ...props.others.map((o) => o.name)].map(squash));
    expect(nodes[0]!.querySelector('rect')!.getAttribute('class')).toContain('rd-node-centre');
    expect(shown(nodes[0]!, '.rd-note')).toBe(squash(props.centre.note));
  });

  it('draws a link with its label from every other row', async () => {
    const { document } = await render(props);
    const links = [...document.querySelectorAll('g.rd-link')];
    expect(links).toHaveLength(props.others.length);
    expect(links.map((g) => shown(g, '.rd-label'))).toEqual(props.others.map((o) => squash(o.label)));
    for (const g of links) {
      expect(g.querySelector('path.rd-link-line')).not.toBeNull();
      expect(g.querySelector('path.rd-arrow')).not.toBeNull();
    }
  });

  it('is an image named by its title and described by its desc', async () => {
    const { document } = await render(props);
    const svg = document.querySelector('figure.relation-diagram-figure > svg.relation-diagram')!;
    expect(svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    const title = svg.querySelector('title')!;
    const desc = svg.querySelector('desc')!;
    expect(title.id).toBe(titleId);
    expect(desc.id).toBe(descId);
    expect(title.textContent).toBe(props.title);
    expect(desc.textContent).toBe(props.description);
    expect(document.querySelectorAll(`[id="${titleId}"]`)).toHaveLength(1);
  });

  it('carries no colours and no <style>: the page styles its classes', async () => {
    const { html, document } = await render(props);
    expect(document.querySelector('svg style')).toBeNull();
    expect(html).not.toMatch(/\s(fill|stroke|style|color)=/);
    for (const el of document.querySelectorAll('svg rect, svg path')) expect(el.getAttribute('class')).toMatch(/^rd-/);
    // A text line is painted by its block's class (one <text> per line in a classed group).
    for (const line of document.querySelectorAll('svg text'))
      expect(line.parentElement!.getAttribute('class')).toMatch(/^rd-(name|label|note)$/);
  });

  it('keeps every text line inside its box and every box inside the drawing', () => {
    const layout = layoutDiagram(props);
    const drawing = { x: 0, y: 0, width: layout.width, height: layout.height };
    const blocks = [
      ...layout.nodes.flatMap((n) => n.texts.map((t) => ({ t, node: n.box }))),
      ...layout.links.map((l) => ({ t: l.label, node: undefined })),
    ];
    for (const { t, node } of blocks) {
      expect(t.lines.length).toBeGreaterThan(0);
      for (const line of t.lines) {
        expect(line.width, `"${line.text}"`).toBeLessThanOrEqual(t.box.width);
        expect(line.x - line.width / 2).toBeGreaterThanOrEqual(t.box.x - 0.01);
        expect(line.x + line.width / 2).toBeLessThanOrEqual(t.box.x + t.box.width + 0.01);
        expect(line.y).toBeGreaterThan(t.box.y);
        expect(line.y).toBeLessThanOrEqual(t.box.y + t.box.height);
      }
      if (node) expect(inside(t.box, node)).toBe(true);
      expect(inside(t.box, drawing)).toBe(true);
    }
    for (const n of layout.nodes) expect(inside(n.box, drawing)).toBe(true);
  });

  it('lays out nodes and labels without any two overlapping', () => {
    const layout = layoutDiagram(props);
    const boxes = [
      ...layout.nodes.map((n) => ({ what: `node ${n.id}`, box: n.box })),
      ...layout.links.map((l) => ({ what: `label ${l.from}`, box: l.label.box })),
    ];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlap(a.box, b.box), `${a.what} overlaps ${b.what}`).toBe(false);
    }
  });

  it('runs each link straight from its node into the centre, pausing around its label', () => {
    const layout = layoutDiagram(props);
    const centre = layout.nodes.find((n) => n.centre)!.box;
    for (const link of layout.links) {
      const node = layout.nodes.find((n) => n.id === link.from)!.box;
      const [x1, start, pauseTop, x2, pauseBottom, end] = link.path.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
      const x = link.label.lines[0]!.x;
      expect([x1, x2]).toEqual([x, x]);
      for (const box of [node, centre]) expect(x > box.x && x < box.x + box.width).toBe(true);
      const label = link.label.box;
      // Along the line, top to bottom: a stroke, the label in its pause, a stroke.
      expect(start! + 8).toBeLessThan(pauseTop!);
      expect(pauseTop).toBeLessThan(label.y);
      expect(label.y + label.height).toBeLessThan(pauseBottom!);
      expect(pauseBottom! + 8).toBeLessThan(end!);
      const tip = Number(link.arrow.match(/^M-?[\d.]+ (-?[\d.]+)/)![1]);
      if (link.side === 'above') {
        expect(start).toBe(node.y + node.height);
        expect(tip).toBe(centre.y);
        expect(end).toBeLessThan(tip);
      } else {
        expect(end).toBe(node.y);
        expect(tip).toBe(centre.y + centre.height);
        expect(start).toBeGreaterThan(tip);
      }
    }
  });

  it('is valid HTML, with and without a caption', async () => {
    for (const caption of [undefined, 'The table <a href="#t">below</a> gives the same information.']) {
      const { html } = await render(props, caption);
      // The file name places the string in the project, so the loader finds .htmlvalidate.mjs;
      // without one it finds no configuration and runs no rules at all (every string passes).
      const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
        `<!DOCTYPE html><html lang="en"><head><title>Example</title></head><body><main>${html}<p id="t">Table</p></main></body></html>`,
        validateAs,
      );
      expect(report.valid, formatterFactory('stylish')(report.results)).toBe(true);
    }
  });

  it('draws from the same layout in a share image, beside the words, in the image’s colours', () => {
    const diagram = { ...layoutDiagram(props), paint: diagramPaint };
    const { pixels } = drawPreview({ ...previewWords, diagram });
    const frame = diagramFrame(diagram, 'ltr');
    expect(frame.width).toBeGreaterThan(100);
    // Not a blank frame: the centre's accent stroke is drawn there, and words in ink.
    const [accent, ink] = [palette.light.accent, palette.light.ink].map((hex) => hexRgb(hex));
    const counts = [0, 0];
    for (let y = frame.y; y < frame.y + frame.height; y++)
      for (let x = frame.x; x < frame.x + frame.width; x++) {
        const i = (y * 1200 + x) * 4;
        [accent!, ink!].forEach((rgb, k) => {
          if (rgb.every((c, j) => Math.abs(pixels[i + j]! - c) < 8)) counts[k]!++;
        });
      }
    expect(counts[0]).toBeGreaterThan(100);
    expect(counts[1]).toBeGreaterThan(100);
  });
});

describe('RelationDiagram escaping', () => {
  const props = relationDiagramExamples['markup in texts is shown as text']!;

  it('renders markup in every text as text, never as elements', async () => {
    const { html, document } = await render(props);
    expect(document.querySelector('script, img, b, i')).toBeNull();
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(document.querySelector('title')!.textContent).toBe('Title with <b>tags</b> & "quotes"');
    expect(document.querySelector('.rd-node-centre + .rd-name text')!.textContent).toBe('<script>alert(1)</script>');
    expect([...document.querySelectorAll('.rd-note text')].map((t) => t.textContent).join(' ')).toBe(`It's "quoted" & <i>marked</i>`);
  });

  it('escapes & < > " and \' in texts and in the id prefix', () => {
    const svg = diagramSvg(layoutDiagram(props), { idPrefix: `a"b'<c>&` });
    expect(svg).toContain('id="a&#34;b&#39;&#60;c&#62;&#38;-title"');
    expect(svg).toContain('It&#39;s &#34;quoted&#34; &#38; &#60;i&#62;marked&#60;/i&#62;');
    expect(svg).not.toMatch(/<(script|img|b|i)[\s>]/);
  });
});

describe('relation diagram layout', () => {
  const centre = { id: 'c', name: 'Centre', note: 'A note' };
  const others = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i}`, name: `Other ${i}`, label: `Label ${i}` }));

  it('splits 1–4 other rows into a group above and a group below', () => {
    expect([1, 2, 3, 4].map((n) => splitGroups(others(n)).above.length)).toEqual([1, 1, 2, 2]);
    expect([1, 2, 3, 4].map((n) => splitGroups(others(n)).below.length)).toEqual([0, 1, 1, 2]);
  });

  it('puts the group above over the centre and the group below under it, side by side', () => {
    const layout = layoutDiagram({ title: 't', description: 'd', centre, others: others(4) });
    const box = (id: string) => layout.nodes.find((n) => n.id === id)!.box;
    expect(box('o0').y + box('o0').height).toBeLessThan(box('c').y);
    expect(box('o2').y).toBeGreaterThan(box('c').y + box('c').height);
    expect(box('o0').y).toBe(box('o1').y);
    expect(box('o0').x + box('o0').width).toBeLessThan(box('o1').x);
    expect(layout.links.map((l) => l.side)).toEqual(['above', 'above', 'below', 'below']);
  });

  it('refuses no other rows or more than four', () => {
    expect(() => layoutDiagram({ title: 't', description: 'd', centre, others: [] })).toThrow(/1 to 4 rows/);
    expect(() => layoutDiagram({ title: 't', description: 'd', centre, others: others(5) })).toThrow(/1 to 4 rows/);
  });

  it('wraps at UAX #14 break opportunities, balanced, and cuts only words wider than a line', () => {
    const lines = wrapText('No formal relations, perceived as a threat', 240, 14, 400);
    expect(lines).toEqual(['No formal relations,', 'perceived as a threat']);
    // A hyphen is a break opportunity; a width that holds either half but not both breaks there.
    const half = Math.max(measure('well-', 14, 400), measure('known', 14, 400)) + 1;
    expect(measure('well-known', 14, 400)).toBeGreaterThan(half);
    expect(wrapText('well-known', half, 14, 400)).toEqual(['well-', 'known']);
    const long = wrapText('Antidisestablishmentarianism', 100, 14, 400);
    expect(long.length).toBeGreaterThan(1);
    expect(long.join('')).toBe('Antidisestablishmentarianism');
    expect(wrapText('  ', 100, 14, 400)).toEqual([]);
  });

  it('describes the diagram in plain words', () => {
    expect(
      describeDiagram(
        {
          centre: { id: 'iraq', name: 'Iraq', note: 'Neutral stance, aiming for diplomatic engagement' },
          others: [
            { id: 'iran', name: 'Iran', label: 'Powerful ally, influential in political and militia spheres' },
            { id: 'israel', name: 'Israel', label: 'No formal relations, perceived as a threat.' },
          ],
        },
        en,
      ),
    ).toBe(
      'Iran to Iraq: Powerful ally, influential in political and militia spheres. Israel to Iraq: No formal relations, perceived as a threat. Iraq: Neutral stance, aiming for diplomatic engagement.',
    );
  });
});

describe('relation diagram layout in Arabic script', () => {
  // The right-to-left fixture's diagram (tests/fixtures/rtl): Source Sans 3 has no Arabic letters.
  const fixture = shareArticle(fileURLToPath(new URL('../fixtures/rtl/content', import.meta.url)));
  const input = tableDiagram(fixture.tables.get('sample')!, en);
  const words = [input.centre.name, input.centre.note, ...input.others.flatMap((o) => [o.name, o.label])];
  const exact = { regular: 1, bold: 1 };
  /** The width a canvas gives `text` in the preview images' sans stack (Source Sans 3, then Noto Sans Arabic). */
  const canvasWidth = (text: string, size: number, weight: 400 | 700) => {
    const ctx = createCanvas(10, 10).getContext('2d');
    ctx.font = `${weight} ${size}px ${previewFontStack(PREVIEW_SANS)}`;
    return ctx.measureText(text).width;
  };
  beforeAll(() => {
    // Registers the preview fonts with the canvas.
    drawPreview(previewWords);
  });

  it('measures Arabic words in Noto Sans Arabic, as the canvas sets them, not in Source Sans 3’s .notdef boxes', () => {
    const sourceSans = openSync(createRequire(import.meta.url).resolve(FONT_FILES.sans)) as Font;
    for (const word of words)
      for (const [size, weight] of [
        [14, 400],
        [16, 700],
      ] as const) {
        const canvas = canvasWidth(word, size, weight);
        expect(measure(word, size, weight, exact), `${weight}: ${word}`).toBeCloseTo(canvas, 0);
        // The fixture tells the two apart: Source Sans 3's .notdef boxes are another width (by over 10%).
        if (word.length > 1) {
          const notdef = (sourceSans.layout(word).advanceWidth / sourceSans.unitsPerEm) * size;
          expect(Math.abs(notdef - canvas) / canvas, word).toBeGreaterThan(0.1);
        }
      }
  });

  it('sizes each line of the fixture’s diagram to the Arabic face’s advance, times the safety factor', () => {
    const layout = layoutDiagram(input);
    const blocks = [...layout.nodes.flatMap((n) => n.texts), ...layout.links.map((l) => l.label)];
    const lines = blocks.flatMap((b) => b.lines.map((line) => ({ ...line, size: b.fontSize, weight: b.fontWeight })));
    expect(lines.map((l) => l.text).join(' ')).toMatch(/[\u0600-\u06ff]/);
    for (const line of lines) {
      const expected = canvasWidth(line.text, line.size, line.weight) * (line.weight === 700 ? SAFETY.bold : SAFETY.regular);
      expect(Math.abs(line.width - expected), line.text).toBeLessThan(0.5);
    }
  });
});

describe('the diagram’s paint', () => {
  it('is written as rules for every part the layout draws, on screen, in forced colours and in print', () => {
    const css = diagramStyles();
    const classes = new Set(
      diagramSvg(layoutDiagram(relationDiagramExamples['three rows: one above, one below']!), { idPrefix: 'd' }).match(/rd-[a-z-]+/g),
    );
    const painted = (block: string) => new Set([...block.matchAll(/\.relation-diagram \.(rd-[a-z-]+)\{/g)].map((m) => m[1]));
    const [screen, ...media] = css.split('@media');
    for (const block of [screen!, ...media]) for (const part of painted(block)) expect(classes).toContain(part);
    expect(media.map((block) => block.slice(0, block.indexOf('{')).trim())).toEqual(['(forced-colors: active)', 'print']);
    expect(painted(screen!)).toEqual(painted(media[0]!));
  });

  it('follows a changed paint: tokens and widths', () => {
    const css = diagramStyles({ ...diagramPaint, centre: { ...diagramPaint.centre, stroke: 'ink', lineWidth: 3 } });
    expect(css).toContain('.relation-diagram .rd-node-centre{stroke:var(--color-ink);stroke-width:3px}');
  });
});

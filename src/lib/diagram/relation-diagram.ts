/**
 * "Who stands where": a small relation diagram drawn at build time as inline SVG. One node per
 * table row, the centre row in the middle, and a link from every other row to the centre labelled
 * with that row's cell of one column. Generic: every word comes from the input.
 *
 * The arrangement is vertical so that it reads on a phone: the other rows split into a group
 * above the centre and a group below (1 → 1 above; 2 → 1 + 1; 3 → 2 + 1; 4 → 2 + 2), each group
 * side by side in columns. Every link runs straight up or down its column into the centre box,
 * with its label set on the link (the line pauses around the text), so labels, nodes and links
 * never cross by construction; the tests check it from the numbers.
 *
 * Text is measured with fontkit (Source Sans 3 from @fontsource, and Noto Sans Arabic for Arabic
 * script) and wrapped greedily at the break opportunities that linebreak (UAX #14) finds. The page
 * draws with the system sans stack, which is wider: see SAFETY.
 */
import { createRequire } from 'node:module';
import { openSync, type Font } from 'fontkit';
import { FONT_FILES } from '../graphics/font-files';
import { wrapLines } from '../graphics/text-wrap';

export interface DiagramInput {
  /** The SVG's <title>: a short accessible name, e.g. "How Iran and Israel stand with Iraq". */
  title: string;
  /** The SVG's <desc>: the whole diagram in words (describeDiagram composes one). */
  description: string;
  /** The row in the middle; its note is its own cell of the link column. */
  centre: { id: string; name: string; note: string };
  /** The other rows, 1 to 4, in order: the first half go above the centre, the rest below. */
  others: { id: string; name: string; label: string }[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextLine {
  text: string;
  /** The line's centre (text-anchor: middle) and baseline. */
  x: number;
  y: number;
  /** The measured width, safety factor included. */
  width: number;
}

export interface TextBlock {
  className: 'rd-name' | 'rd-note' | 'rd-label';
  fontSize: number;
  fontWeight: 400 | 700;
  lines: TextLine[];
  /** The area the lines must stay inside. */
  box: Box;
}

export interface LayoutNode {
  id: string;
  centre: boolean;
  /** The rounded rectangle. */
  box: Box;
  texts: TextBlock[];
}

export interface LayoutLink {
  from: string;
  to: string;
  /** Where the other row sits: above the centre (link points down) or below (link points up). */
  side: 'above' | 'below';
  /** The line's path data (two vertical strokes, paused around the label). */
  path: string;
  /** The arrowhead's path data, its tip on the centre box. */
  arrow: string;
  label: TextBlock;
}

export interface DiagramLayout {
  width: number;
  height: number;
  /** The corner radius of the node boxes. */
  radius: number;
  title: string;
  description: string;
  nodes: LayoutNode[];
  links: LayoutLink[];
}

export interface LayoutOptions {
  /** The viewBox width (default 300: at 280 CSS px a 14-unit font is still 13 px). */
  width?: number;
  /** Multipliers on the measured widths (Source Sans 3, Noto Sans Arabic); see SAFETY. */
  safety?: Safety;
}

/** Multipliers on measured widths, by weight. */
export interface Safety {
  regular: number;
  bold: number;
}

/**
 * The page draws the diagram with the system sans stack, not Source Sans 3. Measured with fontkit
 * over this component's texts: Liberation Sans / Arial are 1.04–1.08× as wide (regular) and
 * 1.04–1.08× (bold); DejaVu Sans, what `system-ui` resolves to on many Linux desktops, is
 * 1.19–1.22× (regular) and 1.27–1.30× (bold). Roboto and Segoe UI fall between. So text never
 * overflows its box on any of them, with a little room left. Arabic script is measured in Noto Sans
 * Arabic; DejaVu Sans sets the right-to-left fixture's words 1.05–1.06× as wide (regular) and
 * 1.15–1.16× (bold), inside the same factors.
 */
export const SAFETY: Safety = { regular: 1.24, bold: 1.32 };

export const FONT_SIZE = { name: 16, label: 14, note: 14 } as const;
const LINE_HEIGHT = { name: 1.2, label: 1.3, note: 1.3 } as const;

const MARGIN = 4; // room for strokes at the viewBox edge
const COLUMN_GAP = 12;
const NODE_PAD = { x: 12, y: 9 };
const CENTRE_PAD = { x: 14, y: 12 };
const NOTE_GAP = 4; // between the centre's name and its note
const NODE_MIN_WIDTH = 88;
const LABEL_INSET = 6; // a label's box is its column less this on each side
const LABEL_GAP = 5; // the pause in the line above and below a label
const MIN_STROKE = 16; // the shortest visible piece of line at either end of a label
const ARROW = { length: 8, halfWidth: 4.5 };
const RADIUS = 6;

// ---------------------------------------------------------------------------------------------
// Measuring and wrapping

const require = createRequire(import.meta.url);

/**
 * The faces words are measured in, by weight: Source Sans 3, and Noto Sans Arabic for the letters
 * it lacks (Arabic script), the same pair and order the preview images draw diagrams with
 * (previewFontStack in src/lib/share/preview-image.ts), so an Arabic word's box fits its own letters.
 */
const fontFiles = {
  latin: { 400: FONT_FILES.sans, 700: FONT_FILES.sansBold },
  arabic: { 400: FONT_FILES.arabicSans, 700: FONT_FILES.arabicSansBold },
} as const;
type Face = keyof typeof fontFiles;
const fonts = new Map<string, Font>();

function font(weight: 400 | 700, face: Face = 'latin'): Font {
  const file = fontFiles[face][weight];
  let loaded = fonts.get(file);
  if (!loaded) {
    const opened = openSync(require.resolve(file));
    if (!('layout' in opened)) throw new Error(`${file} is a font collection, not a font`);
    loaded = opened;
    fonts.set(file, loaded);
  }
  return loaded;
}

/**
 * `text` cut into runs of one face each: a character goes to Source Sans 3 when it has a glyph
 * for it, else to Noto Sans Arabic when that has one (else back to Source Sans 3, as .notdef).
 * Spaces and Latin punctuation between Arabic words stay Latin, as a canvas font stack sets them.
 */
function faceRuns(text: string, weight: 400 | 700): { face: Face; text: string }[] {
  const runs: { face: Face; text: string }[] = [];
  for (const char of text) {
    const point = char.codePointAt(0)!;
    const face: Face = !font(weight).hasGlyphForCodePoint(point) && font(weight, 'arabic').hasGlyphForCodePoint(point) ? 'arabic' : 'latin';
    const last = runs.at(-1);
    if (last?.face === face) last.text += char;
    else runs.push({ face, text: char });
  }
  return runs;
}

/** The width of `text` in viewBox units, safety factor included. */
export function measure(text: string, fontSize: number, weight: 400 | 700, safety = SAFETY): number {
  const factor = weight === 700 ? safety.bold : safety.regular;
  return advance(text, weight) * fontSize * factor;
}

const advances = new Map<string, number>();
/** The advance width of `text` in em (kerning and Arabic joining included), cached: wrapping measures a lot. */
function advance(text: string, weight: 400 | 700): number {
  const key = `${weight}:${text}`;
  let em = advances.get(key);
  if (em === undefined) {
    em = 0;
    for (const run of faceRuns(text, weight)) {
      const f = font(weight, run.face);
      em += f.layout(run.text).advanceWidth / f.unitsPerEm;
    }
    advances.set(key, em);
  }
  return em;
}

/** Cap height as a share of the font size, to centre a line's capitals in its line box. */
function capHeight(weight: 400 | 700): number {
  const f = font(weight);
  return f.capHeight / f.unitsPerEm;
}

/**
 * Wraps `text` into lines no wider than `maxWidth` at this font size and weight, balanced like
 * CSS `text-wrap: balance` (src/lib/share/text-wrap.ts).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: 400 | 700, safety = SAFETY): string[] {
  return wrapLines(text, maxWidth, (s) => measure(s, fontSize, weight, safety), { balance: true });
}

// ---------------------------------------------------------------------------------------------
// Layout

interface Measured {
  lines: { text: string; width: number }[];
  width: number;
  height: number;
  lineHeight: number;
}

function measureBlock(text: string, maxWidth: number, kind: keyof typeof FONT_SIZE, safety: Safety): Measured {
  const size = FONT_SIZE[kind];
  const weight = kind === 'name' ? 700 : 400;
  const lines = wrapText(text, maxWidth, size, weight, safety).map((line) => ({ text: line, width: measure(line, size, weight, safety) }));
  const lineHeight = size * LINE_HEIGHT[kind];
  return { lines, width: Math.max(0, ...lines.map((l) => l.width)), height: lines.length * lineHeight, lineHeight };
}

/** Places a measured block's lines, centred on `cx`, from `top` down, inside `box`. */
function placeBlock(m: Measured, kind: keyof typeof FONT_SIZE, cx: number, top: number, box: Box): TextBlock {
  const fontSize = FONT_SIZE[kind];
  const fontWeight = kind === 'name' ? 700 : 400;
  const baselineInLine = (m.lineHeight + capHeight(fontWeight) * fontSize) / 2;
  return {
    className: `rd-${kind}`,
    fontSize,
    fontWeight,
    box,
    lines: m.lines.map((line, i) => ({
      text: line.text,
      x: round(cx),
      y: round(top + i * m.lineHeight + baselineInLine),
      width: round(line.width),
    })),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
const roundBox = (b: Box): Box => ({ x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) });

/** The first half (rounded up) of the other rows go above the centre, the rest below. */
export function splitGroups<T>(others: T[]): { above: T[]; below: T[] } {
  const cut = Math.ceil(others.length / 2);
  return { above: others.slice(0, cut), below: others.slice(cut) };
}

export function layoutDiagram(input: DiagramInput, options: LayoutOptions = {}): DiagramLayout {
  const count = input.others.length;
  if (count < 1 || count > 4) {
    throw new Error(`A relation diagram takes 1 to 4 rows besides the centre ("${input.centre.name}"); got ${count}.`);
  }
  const safety = options.safety ?? SAFETY;
  const width = options.width ?? 300;
  const inner = width - 2 * MARGIN;
  const { above, below } = splitGroups(input.others);

  const columns = (n: number) => {
    const columnWidth = (inner - (n - 1) * COLUMN_GAP) / n;
    return Array.from({ length: n }, (_, i) => ({ x: MARGIN + i * (columnWidth + COLUMN_GAP), width: columnWidth }));
  };

  type Other = DiagramInput['others'][number];
  const measureGroup = (group: Other[]) => {
    const cols = columns(group.length);
    const items = group.map((other, i) => {
      const col = cols[i]!;
      const name = measureBlock(other.name, col.width - 2 * NODE_PAD.x, 'name', safety);
      const label = measureBlock(other.label, col.width - 2 * LABEL_INSET, 'label', safety);
      return { other, col, name, label };
    });
    const nodeHeight = Math.max(...items.map((it) => it.name.height)) + 2 * NODE_PAD.y;
    const labelHeight = Math.max(...items.map((it) => it.label.height));
    // Node edge, line, gap, label, gap, line, arrowhead, centre edge.
    const zoneHeight = MIN_STROKE + LABEL_GAP + labelHeight + LABEL_GAP + MIN_STROKE + ARROW.length;
    return { items, nodeHeight, labelHeight, zoneHeight };
  };

  const top = above.length ? measureGroup(above) : undefined;
  const bottom = below.length ? measureGroup(below) : undefined;

  const centreName = measureBlock(input.centre.name, inner - 2 * CENTRE_PAD.x, 'name', safety);
  const centreNote = measureBlock(input.centre.note, inner - 2 * CENTRE_PAD.x, 'note', safety);
  const centreHeight = CENTRE_PAD.y + centreName.height + (centreNote.lines.length ? NOTE_GAP + centreNote.height : 0) + CENTRE_PAD.y;

  const nodes: LayoutNode[] = [];
  const links: LayoutLink[] = [];

  const placeOthers = (group: ReturnType<typeof measureGroup>, side: 'above' | 'below', nodeTop: number, centreEdge: number) => {
    for (const { other, col, name, label } of group.items) {
      const cx = col.x + col.width / 2;
      const nodeWidth = Math.min(col.width, Math.max(NODE_MIN_WIDTH, name.width + 2 * NODE_PAD.x));
      const box: Box = { x: cx - nodeWidth / 2, y: nodeTop, width: nodeWidth, height: group.nodeHeight };
      const textBox: Box = {
        x: box.x + NODE_PAD.x,
        y: box.y + NODE_PAD.y,
        width: nodeWidth - 2 * NODE_PAD.x,
        height: group.nodeHeight - 2 * NODE_PAD.y,
      };
      const nameTop = textBox.y + (textBox.height - name.height) / 2;
      nodes.push({ id: other.id, centre: false, box: roundBox(box), texts: [placeBlock(name, 'name', cx, nameTop, roundBox(textBox))] });

      // The label sits in the middle of the free stretch of line (arrowhead excluded).
      const nodeEdge = side === 'above' ? box.y + box.height : box.y;
      const [lineStart, lineEnd] = side === 'above' ? [nodeEdge, centreEdge - ARROW.length] : [centreEdge + ARROW.length, nodeEdge];
      const labelTop = (lineStart + lineEnd) / 2 - label.height / 2;
      const labelBox: Box = { x: col.x + LABEL_INSET, y: labelTop, width: col.width - 2 * LABEL_INSET, height: label.height };
      const x = round(cx);
      const pauseTop = round(labelTop - LABEL_GAP);
      const pauseBottom = round(labelTop + label.height + LABEL_GAP);
      const path = `M${x} ${round(lineStart)}V${pauseTop}M${x} ${pauseBottom}V${round(lineEnd)}`;
      const tip = round(centreEdge);
      const base = round(side === 'above' ? centreEdge - ARROW.length : centreEdge + ARROW.length);
      const arrow = `M${x} ${tip}L${round(cx - ARROW.halfWidth)} ${base}H${round(cx + ARROW.halfWidth)}Z`;
      links.push({
        from: other.id,
        to: input.centre.id,
        side,
        path,
        arrow,
        label: placeBlock(label, 'label', cx, labelTop, roundBox(labelBox)),
      });
    }
  };

  let y = MARGIN;
  let centreTop: number;
  if (top) {
    const nodeTop = y;
    centreTop = nodeTop + top.nodeHeight + top.zoneHeight;
    placeOthers(top, 'above', nodeTop, centreTop);
  } else {
    centreTop = y;
  }
  const centreBox: Box = { x: MARGIN, y: centreTop, width: inner, height: centreHeight };
  const centreText: Box = {
    x: MARGIN + CENTRE_PAD.x,
    y: centreTop + CENTRE_PAD.y,
    width: inner - 2 * CENTRE_PAD.x,
    height: centreHeight - 2 * CENTRE_PAD.y,
  };
  const cx = width / 2;
  const centreTexts = [placeBlock(centreName, 'name', cx, centreText.y, roundBox(centreText))];
  if (centreNote.lines.length) {
    centreTexts.push(placeBlock(centreNote, 'note', cx, centreText.y + centreName.height + NOTE_GAP, roundBox(centreText)));
  }
  // The centre is drawn first: the other nodes follow in reading order (above, then below).
  nodes.unshift({ id: input.centre.id, centre: true, box: roundBox(centreBox), texts: centreTexts });
  y = centreTop + centreHeight;
  if (bottom) {
    const nodeTop = y + bottom.zoneHeight;
    placeOthers(bottom, 'below', nodeTop, y);
    y = nodeTop + bottom.nodeHeight;
  }

  return { width, height: round(y + MARGIN), radius: RADIUS, title: input.title, description: input.description, nodes, links };
}

// ---------------------------------------------------------------------------------------------
// Words and markup

/** Ends a sentence with a full stop unless it already has closing punctuation. */
const sentence = (text: string) => {
  const t = text.trim();
  return /[.!?…]["'’”)]*$/.test(t) ? t : `${t}.`;
};

/** How a language words one link and the centre's note (src/i18n: diagramLink, diagramCentre). */
export interface DiagramWords {
  diagramLink: (from: string, to: string, label: string) => string;
  diagramCentre: (name: string, note: string) => string;
}

/**
 * The diagram in plain words, for its <desc>, in the language of `words`: "Iran to Iraq: Powerful
 * ally, … . Israel to Iraq: … . Iraq: Neutral stance, …." Each part ends as a sentence.
 */
export function describeDiagram(input: Pick<DiagramInput, 'centre' | 'others'>, words: DiagramWords): string {
  const links = input.others.map((o) => sentence(words.diagramLink(o.name, input.centre.name, o.label)));
  const note = input.centre.note.trim() ? [sentence(words.diagramCentre(input.centre.name, input.centre.note))] : [];
  return [...links, ...note].join(' ');
}

/** Text and attribute values: &, <, >, " and ' become character references. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface SvgOptions {
  /** Prefix of the <title> and <desc> ids; unique on the page. */
  idPrefix: string;
}

/**
 * A block of lines: one <text> per line in a group that carries the class and the type. Not
 * positioned <tspan>s in one <text>: WebKit lays such a <text> out as one bidi paragraph, so
 * right-to-left lines came out swapped, with letters moved between them (issue #26).
 */
function textMarkup(block: TextBlock): string {
  const weight = block.fontWeight === 700 ? ' font-weight="700"' : '';
  const lines = block.lines.map((l) => `<text x="${l.x}" y="${l.y}">${escapeXml(l.text)}</text>`).join('');
  return `<g class="${block.className}" font-size="${block.fontSize}"${weight} text-anchor="middle">${lines}</g>`;
}

/**
 * The SVG markup: every text escaped, classes on every drawn element, no colours (the page's CSS
 * paints the classes). Share images draw the same layout on a canvas (src/lib/share/preview-image.ts).
 */
export function diagramSvg(layout: DiagramLayout, options: SvgOptions): string {
  const id = escapeXml(options.idPrefix);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const { width, height } = layout;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"` +
      ` role="img" aria-labelledby="${titleId} ${descId}" class="relation-diagram">`,
    `<title id="${titleId}">${escapeXml(layout.title)}</title>`,
    `<desc id="${descId}">${escapeXml(layout.description)}</desc>`,
  ];
  parts.push('<g class="rd-links">');
  for (const link of layout.links) {
    parts.push(
      `<g class="rd-link rd-link-${link.side}">` +
        `<path class="rd-link-line" d="${link.path}"/>` +
        `<path class="rd-arrow" d="${link.arrow}"/>` +
        textMarkup(link.label) +
        `</g>`,
    );
  }
  parts.push('</g><g class="rd-nodes">');
  for (const node of layout.nodes) {
    const b = node.box;
    const cls = node.centre ? 'rd-node rd-node-centre' : 'rd-node rd-node-other';
    parts.push(
      `<g class="rd-node-group">` +
        `<rect class="${cls}" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="${layout.radius}"/>` +
        node.texts.map(textMarkup).join('') +
        `</g>`,
    );
  }
  parts.push('</g></svg>');
  return parts.join('');
}

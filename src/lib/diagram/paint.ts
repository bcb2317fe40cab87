/**
 * How the diagram's parts are painted: the one place that says it. The page's SVG is painted by
 * the rules `diagramStyles()` writes from it (src/integrations/diagram-paint.ts serves them to
 * RelationDiagram.astro as `virtual:diagram-paint.css`), by class, from the site's colour
 * tokens, so light, dark, forced colours and print all follow; share images draw the same parts
 * in the same colours and widths (src/lib/share/), with the tokens' values palette.ts reads.
 */
import type { ColorName } from '../theme/palette';
import type { TextBlock } from './relation-diagram';

/** A colour token of global.css (`--color-<name>`) the diagram may paint with: any but the highlight (`mark`). */
type Token = Exclude<ColorName, 'mark'>;

/** The SVG class the layout gives each kind of words. */
type WordClass = TextBlock['className'];

export interface DiagramPaint {
  node: { fill: Token; stroke: Token; lineWidth: number };
  /** The centre is a node (`rd-node rd-node-centre`) outlined in its own colour and width. */
  centre: { fill: Token; stroke: Token; lineWidth: number };
  link: { stroke: Token; lineWidth: number };
  arrow: Token;
  /** The fill of each kind of words, by the SVG class the layout gives them. */
  words: Record<WordClass, Token>;
}

const node = { fill: 'panel', stroke: 'muted', lineWidth: 1.25 } as const;

export const diagramPaint: DiagramPaint = {
  node,
  centre: { ...node, stroke: 'accent', lineWidth: 2 },
  link: { stroke: 'muted', lineWidth: 1.5 },
  arrow: 'muted',
  words: { 'rd-name': 'ink', 'rd-label': 'ink', 'rd-note': 'muted' },
};

/** One medium's colours for the parts, as CSS colour values. */
interface Colours {
  node: { fill: string; stroke: string };
  centre: string;
  link: string;
  arrow: string;
  words: Record<WordClass, string>;
}

/**
 * By media query, where the tokens do not apply: a forced palette (Windows High Contrast) gets
 * system colours, nothing lost, and paper black on white.
 */
const OTHER_MEDIA: Record<string, Colours> = {
  '(forced-colors: active)': {
    node: { fill: 'Canvas', stroke: 'CanvasText' },
    centre: 'LinkText',
    link: 'CanvasText',
    arrow: 'CanvasText',
    words: { 'rd-name': 'CanvasText', 'rd-label': 'CanvasText', 'rd-note': 'CanvasText' },
  },
  print: {
    node: { fill: '#fff', stroke: '#000' },
    centre: '#000',
    link: '#000',
    arrow: '#000',
    words: { 'rd-name': '#000', 'rd-label': '#000', 'rd-note': '#000' },
  },
};

/**
 * The rules that paint the parts in `colours`. On screen (given the paint) they also set what no
 * other medium changes: the line widths, and that a link's line is not filled.
 */
function rules(colours: Colours, widths?: DiagramPaint): string {
  const width = (part?: { lineWidth: number }) => (part ? `;stroke-width:${part.lineWidth}px` : '');
  const part = (className: string, declarations: string) => `.relation-diagram .${className}{${declarations}}`;
  return [
    part('rd-node', `fill:${colours.node.fill};stroke:${colours.node.stroke}${width(widths?.node)}`),
    part('rd-node-centre', `stroke:${colours.centre}${width(widths?.centre)}`),
    part('rd-link-line', `${widths ? 'fill:none;' : ''}stroke:${colours.link}${width(widths?.link)}`),
    part('rd-arrow', `fill:${colours.arrow}`),
    ...Object.entries(colours.words).map(([className, colour]) => part(className, `fill:${colour}`)),
  ].join('\n');
}

/** The CSS that paints the page's diagram: the paint's tokens on screen, then the other media's colours. */
export function diagramStyles(paint: DiagramPaint = diagramPaint): string {
  const token = (name: Token) => `var(--color-${name})`;
  const screen: Colours = {
    node: { fill: token(paint.node.fill), stroke: token(paint.node.stroke) },
    centre: token(paint.centre.stroke),
    link: token(paint.link.stroke),
    arrow: token(paint.arrow),
    words: Object.fromEntries(Object.entries(paint.words).map(([className, name]) => [className, token(name)])) as Colours['words'],
  };
  return [rules(screen, paint), ...Object.entries(OTHER_MEDIA).map(([media, colours]) => `@media ${media}{\n${rules(colours)}\n}`)].join(
    '\n',
  );
}

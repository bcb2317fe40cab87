/**
 * How the diagram's parts are painted, read from the one place that says it: the rules of
 * src/components/tables/RelationDiagram.astro, which paint the page's SVG by class from the site's colour
 * tokens. Share images draw the same parts in the same colours and widths (src/lib/share/), as
 * src/lib/theme/palette.ts reads the tokens' values from global.css.
 */
import component from '../../components/tables/RelationDiagram.astro?raw';
import type { ColorName } from '../theme/palette';

/** A colour token of global.css (`--color-<name>`) the diagram may paint with: any but the highlight (`mark`). */
type Token = Exclude<ColorName, 'mark'>;

export interface DiagramPaint {
  node: { fill: Token; stroke: Token; lineWidth: number };
  centre: { fill: Token; stroke: Token; lineWidth: number };
  link: { stroke: Token; lineWidth: number };
  arrow: Token;
  /** The fill of each kind of words, by the SVG class the layout gives them. */
  words: { 'rd-name': Token; 'rd-label': Token; 'rd-note': Token };
}

/** The screen rules of a component's CSS (before its first @media block): declarations by class. */
function rulesByClass(css: string): Map<string, Map<string, string>> {
  const screen = css.slice(css.indexOf('<style'), css.indexOf('@media'));
  const rules = new Map<string, Map<string, string>>();
  for (const [, selectors, body] of screen.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    for (const [, name] of selectors!.matchAll(/\.(rd-[a-z-]+)/g)) {
      const declarations = rules.get(name!) ?? new Map<string, string>();
      for (const [, property, value] of body!.matchAll(/([a-z-]+)\s*:\s*([^;]+);/g)) declarations.set(property!, value!.trim());
      rules.set(name!, declarations);
    }
  }
  return rules;
}

/** Reads `--color-x` from a declaration, naming the rule when it is not a colour token. */
function token(rules: Map<string, Map<string, string>>, name: string, property: string): Token {
  const value = rules.get(name)?.get(property);
  const match = /^var\(--color-([a-z]+)\)$/.exec(value ?? '');
  if (!match)
    throw new Error(
      `src/components/tables/RelationDiagram.astro: .${name} needs "${property}: var(--color-…)" (found ${value ?? 'nothing'})`,
    );
  return match[1] as Token;
}

function width(rules: Map<string, Map<string, string>>, name: string): number {
  const value = rules.get(name)?.get('stroke-width');
  const match = /^([\d.]+)px$/.exec(value ?? '');
  if (!match)
    throw new Error(`src/components/tables/RelationDiagram.astro: .${name} needs "stroke-width: <n>px" (found ${value ?? 'nothing'})`);
  return Number(match[1]);
}

/** The paint of a component's rules (exported for its test). */
export function parseDiagramPaint(css: string): DiagramPaint {
  const rules = rulesByClass(css);
  const node = { fill: token(rules, 'rd-node', 'fill'), stroke: token(rules, 'rd-node', 'stroke'), lineWidth: width(rules, 'rd-node') };
  return {
    node,
    // The centre is a node whose own rule changes what it names.
    centre: { ...node, stroke: token(rules, 'rd-node-centre', 'stroke'), lineWidth: width(rules, 'rd-node-centre') },
    link: { stroke: token(rules, 'rd-link-line', 'stroke'), lineWidth: width(rules, 'rd-link-line') },
    arrow: token(rules, 'rd-arrow', 'fill'),
    words: {
      'rd-name': token(rules, 'rd-name', 'fill'),
      'rd-label': token(rules, 'rd-label', 'fill'),
      'rd-note': token(rules, 'rd-note', 'fill'),
    },
  };
}

export const diagramPaint: DiagramPaint = parseDiagramPaint(component);

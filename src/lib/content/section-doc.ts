/**
 * A section's MDX read by the parser @astrojs/mdx itself uses (satteri's mdast), once per body:
 * the blocks a reader sees, the text they read and the tables the section places. Every rule
 * about a section's words (excerpts, word counts, where the diagram stands, a translation's
 * shape) reads this, never the MDX source with patterns: a commented-out `<Table />` places
 * nothing, an ordered list is a list, `id={"x"}` names "x".
 */
import type { Nodes, Root } from 'mdast';
import { mdxToMdast } from 'satteri';

/** The MDX components that place a table, and the attribute that names it. */
const TABLE_COMPONENTS = { Table: 'id', Diagram: 'table' } as const;
type TableComponent = keyof typeof TABLE_COMPONENTS;

/** One block a reader sees: a paragraph, a list item (with its bold label), a heading, or a placed component. */
export type Block =
  | { kind: 'paragraph' | 'heading'; text: string }
  | { kind: 'item'; text: string; label?: string }
  | { kind: 'component'; component: string; table?: string; tag: string };

/** A table or diagram a section places. */
export interface TableReference {
  component: TableComponent;
  table: string;
  /** The tag as an editor would write it, for messages: `<Diagram table="x" />`. */
  tag: string;
}

export interface SectionDoc {
  blocks: Block[];
  /** The prose as a reader sees it, blocks joined by a space, white space collapsed. */
  text: string;
  /** Words of prose (a word has a letter or digit). */
  words: number;
  /** The tables and diagrams the section places, in order. */
  references: TableReference[];
}

/** The text of inline content: emphasis, links and code read as their words. */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return node.children.map((child) => inlineText(child as Nodes)).join('');
  return '';
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** An attribute's string value: `id="x"`, or a string literal expression `id={"x"}`. */
function attributeValue(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== name) continue;
    if (typeof attribute.value === 'string') return attribute.value;
    const expression = attribute.value?.value.trim();
    if (expression && /^(["'`])[^"'`]*\1$/.test(expression)) return expression.slice(1, -1);
  }
  return undefined;
}

function componentBlock(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>): Block {
  const name = node.name ?? '';
  const attribute = TABLE_COMPONENTS[name as TableComponent];
  const table = attribute ? attributeValue(node, attribute) : undefined;
  return { kind: 'component', component: name, table, tag: attribute ? `<${name} ${attribute}="${table ?? ''}" />` : `<${name} />` };
}

/** The blocks of a list item: its first paragraph is the item (label split off), further blocks follow. */
function itemBlocks(item: Extract<Nodes, { type: 'listItem' }>): Block[] {
  const [first, ...rest] = item.children;
  const blocks: Block[] = [];
  if (first?.type === 'paragraph') {
    const [lead] = first.children;
    const label = lead?.type === 'strong' ? collapse(inlineText(lead)) : undefined;
    blocks.push({ kind: 'item', text: collapse(inlineText(first)), ...(label && { label }) });
  } else if (first) {
    rest.unshift(first);
  }
  return [...blocks, ...rest.flatMap((child) => flowBlocks(child as Nodes))];
}

function flowBlocks(node: Nodes): Block[] {
  switch (node.type) {
    case 'paragraph': {
      // A paragraph that only holds a component (`<Table id="x" />` written inline) places it.
      const parts = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      if (parts.length > 0 && parts.every((child) => child.type === 'mdxJsxTextElement'))
        return parts.map((child) => componentBlock(child));
      const components = parts.filter((child) => child.type === 'mdxJsxTextElement').map((child) => componentBlock(child));
      const text = collapse(inlineText({ ...node, children: node.children.filter((child) => child.type !== 'mdxJsxTextElement') }));
      return [...(text ? [{ kind: 'paragraph' as const, text }] : []), ...components];
    }
    case 'heading':
      return [{ kind: 'heading', text: collapse(inlineText(node)) }];
    case 'list':
      return node.children.flatMap(itemBlocks);
    case 'blockquote':
      return node.children.flatMap((child) => flowBlocks(child as Nodes));
    case 'mdxJsxFlowElement':
      return [componentBlock(node)];
    default:
      // Comments ({/* … */}), ESM and thematic breaks show no words.
      return [];
  }
}

const docs = new Map<string, SectionDoc>();

/** The section's document, parsed once per distinct body. */
export function sectionDoc(body: string): SectionDoc {
  let doc = docs.get(body);
  if (doc) return doc;
  // Bodies are keyed by their text; in `astro dev` every save adds one, so the map is bounded.
  if (docs.size >= 10_000) docs.clear();
  const root = mdxToMdast(body) as Root;
  const blocks = root.children.flatMap((child) => flowBlocks(child as Nodes));
  const text = blocks.flatMap((block) => (block.kind === 'component' ? [] : [block.text])).join(' ');
  doc = {
    blocks,
    text,
    words: text.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length,
    references: blocks.flatMap((block) =>
      block.kind === 'component' && block.component in TABLE_COMPONENTS
        ? [{ component: block.component as TableComponent, table: block.table ?? '', tag: block.tag }]
        : [],
    ),
  };
  docs.set(body, doc);
  return doc;
}

/** Whole minutes a reader takes over `words` at `wordsPerMinute`, rounded to the nearest and never under one. */
export const readingMinutes = (words: number, wordsPerMinute: number): number => Math.max(1, Math.round(words / wordsPerMinute));

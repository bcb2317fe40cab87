import { parse } from 'yaml';

/** The YAML frontmatter of an MDX file, or an empty object when it has none. */
export function frontmatter(source: string): Record<string, unknown> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  const data: unknown = block === undefined ? {} : parse(block);
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

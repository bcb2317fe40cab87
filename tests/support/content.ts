/** The site's content as the tests expect to see it, read straight from content/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontmatter } from '../../src/lib/frontmatter';

const contentDir = join(import.meta.dirname, '../../content');
const yamlRows = <T>(file: string): T[] => parse(readFileSync(join(contentDir, file), 'utf8')) as T[];

export interface SectionData {
  id: string;
  title?: string;
  order: number;
  summary: string;
  aliases?: string[];
}

/** Sections in reading order; the first is the untitled lede. */
export const sections: SectionData[] = readdirSync(join(contentDir, 'sections'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => frontmatter(readFileSync(join(contentDir, 'sections', name), 'utf8')) as unknown as SectionData)
  .sort((a, b) => a.order - b.order);

/** Sections with a heading (all but the lede). */
export const titledSections = sections.filter((s): s is SectionData & { title: string } => Boolean(s.title));

export const article = yamlRows<{ title: string; description: string; siteName: string }>('article.yaml')[0]!;

export const [actorTable] = yamlRows<{
  id: string;
  caption: string;
  rowIdPrefix: string;
  columns: { field: string; label: string; rowHeader?: boolean }[];
}>('tables.yaml');

export const actors = yamlRows<{ id: string; order: number; [field: string]: string | number }>('actors.yaml').sort(
  (a, b) => a.order - b.order,
);

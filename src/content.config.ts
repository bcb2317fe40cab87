import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { sectionFiles, strictYamlFile } from './lib/loaders';

/** A stable URL fragment: lower-case words joined by hyphens, e.g. "balancing-act". */
const fragmentId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, starting with a letter');
/** Visible text: never empty or only spaces. */
const text = z.string().trim().min(1);

// Every schema is strict: an unknown field (a typo such as "sumary") stops the build.

const article = defineCollection({
  loader: strictYamlFile('content/article.yaml'),
  schema: z.strictObject({
    id: z.literal('article'),
    /** The headline (h1), page title and preview title. */
    title: text,
    /** One or two sentences for search results and link previews. */
    description: text.max(300),
    /** The site's name, shown in the header, previews and titles. */
    siteName: text,
    /** BCP 47 language of the text, for `<html lang>`. */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/),
    /** The day this content last changed (YAML date, YYYY-MM-DD). */
    updated: z.coerce.date(),
  }),
});

const sections = defineCollection({
  loader: sectionFiles('content/sections'),
  schema: z.strictObject({
    /** The section's permanent fragment id (/#id and /s/id/); the entry id too. */
    id: fragmentId,
    /** The heading as the article prints it; only the lede (first section) has none. */
    title: text.optional(),
    /** Position in the article, unique across sections; the lede is the lowest. */
    order: z.number().int().nonnegative(),
    /** One sentence taken or closely condensed from the section, for its link preview. */
    summary: text.max(200),
    /** Older ids of this section that must keep landing on it. */
    aliases: z.array(fragmentId).default([]),
  }),
});

const tables = defineCollection({
  loader: strictYamlFile('content/tables.yaml'),
  schema: z.strictObject({
    /** Referenced from a section body as <Table id="…" />. */
    id: fragmentId,
    /** The visible caption that names the table. */
    caption: text,
    /** The collection whose rows the table shows. */
    rows: z.literal('actors'),
    /** Prefix of each row's fragment id, e.g. "actor-" gives #actor-iran. */
    rowIdPrefix: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Columns in display order: the row field shown, its header label, and the row header. */
    columns: z
      .array(
        z.strictObject({
          field: z.enum(['country', 'relationshipWithIraq', 'keyInterests']),
          label: text,
          rowHeader: z.boolean().default(false),
        }),
      )
      .min(1)
      .refine((columns) => columns.filter((c) => c.rowHeader).length === 1, 'exactly one column needs rowHeader: true'),
  }),
});

const actors = defineCollection({
  loader: strictYamlFile('content/actors.yaml'),
  schema: z.strictObject({
    /** The row's id; the table prefixes it (#actor-iran). */
    id: fragmentId,
    /** Row position in the table, unique. */
    order: z.number().int().nonnegative(),
    /** The row header: the country's name. */
    country: text,
    /** How this country relates to Iraq. */
    relationshipWithIraq: text,
    /** What this country wants. */
    keyInterests: text,
  }),
});

export const collections = { article, sections, tables, actors };

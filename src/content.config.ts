import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { checkTable } from './lib/integrity';
import { fileNameId, frontmatterId, strictLoader } from './lib/loaders';

/** A stable URL fragment: lower-case words joined by hyphens, e.g. "balancing-act". */
const fragmentId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, starting with a letter');
/** Visible text: never empty or only spaces. */
const text = z.string().trim().min(1);
/** A calendar day, written YYYY-MM-DD in YAML. */
const day = z.coerce.date();

// Every schema is strict: an unknown field (a typo such as "sumary") stops the build. Each loader
// is strict too (src/lib/loaders.ts): in `astro dev` an edit that breaks a rule shows the error.

const article = defineCollection({
  loader: strictLoader(glob({ pattern: 'article.yaml', base: 'content', generateId: fileNameId }), 'content/article.yaml'),
  schema: z
    .strictObject({
      /** The headline (h1), page title and preview title. */
      title: text,
      /** One or two sentences for search results and link previews. */
      description: text.max(300),
      /** The site's name, shown in the header, previews, titles and the citation. */
      siteName: text,
      /** BCP 47 language of the text: `<html lang>`, the date format and the interface strings. */
      language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'use a BCP 47 tag such as "en" or "ar-IQ"'),
      /** Writing direction, when the language's own (from Intl.Locale) is not the one wanted. */
      direction: z.enum(['ltr', 'rtl']).optional(),
      /** The day this content last changed (YYYY-MM-DD): the visible "Updated" date. */
      updated: day,
      /** The day the article was first published, when known; shown as "Published". */
      published: day.optional(),
      /** Who wrote it, when the article names them; the citation leaves it out otherwise. */
      author: text.optional(),
      /** The licence readers may reuse the text under; nothing is claimed when absent. */
      license: z.strictObject({ id: text, url: z.url() }).optional(),
    })
    .refine((a) => !a.published || a.published <= a.updated, {
      path: ['published'],
      message: 'must be on or before "updated"',
    }),
});

const sections = defineCollection({
  loader: strictLoader(glob({ pattern: '*.mdx', base: 'content/sections', generateId: frontmatterId }), 'content/sections'),
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

/** One cell: text (never empty) or a number. */
const cell = z.union([z.string(), z.number()]);

const tables = defineCollection({
  // One file per table; the file name (actor-relations.yaml) is the table's id.
  loader: strictLoader(glob({ pattern: '*.yaml', base: 'content/tables', generateId: fileNameId }), 'content/tables'),
  schema: z
    .strictObject({
      /** The visible caption that names the table. */
      caption: text,
      /** Prefix of each row's fragment id, e.g. "actor-" gives #actor-iran. */
      rowIdPrefix: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens, starting with a letter'),
      /** Columns in display order: the row field shown, its header label, and the one row-header column. */
      columns: z
        .array(z.strictObject({ field: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), label: text, rowHeader: z.boolean().default(false) }))
        .min(1),
      /** The rows: an `id` (for its fragment), an `order` (its position) and one value per column field. */
      rows: z.array(z.object({ id: fragmentId, order: z.number().int() }).catchall(cell)).min(1),
      /** A "who stands where" diagram drawn from the rows: the centre row and the column that labels each link. */
      diagram: z.strictObject({ centre: fragmentId, linkColumn: text }).optional(),
    })
    .superRefine((table, context) => {
      for (const { path, message } of checkTable(table)) context.addIssue({ code: 'custom', path, message });
    }),
});

const atAGlance = defineCollection({
  loader: strictLoader(glob({ pattern: 'at-a-glance.yaml', base: 'content', generateId: fileNameId }), 'content/at-a-glance.yaml'),
  schema: z.strictObject({
    /** 3 to 5 points, each an exact excerpt (a sentence, or 6 words or more) of the section it names. */
    points: z
      .array(
        z.strictObject({
          /** The id of the headed section the text is taken from; the point links there. */
          section: fragmentId,
          /** The excerpt, exactly as the section says it. */
          text,
        }),
      )
      .min(3)
      .max(5),
  }),
});

export const collections = { article, sections, tables, atAGlance };

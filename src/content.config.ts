import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { editionOfEntry, TRANSLATIONS } from './lib/content/editions';
import { checkTable } from './lib/content/integrity';
import { fileNameId, frontmatterId, strictGlob } from './lib/content/loaders';

/** A stable URL fragment: lower-case words joined by hyphens, e.g. "balancing-act". */
const fragmentId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, starting with a letter');
/** Visible text: never empty or only spaces. */
const text = z.string().trim().min(1);
/** A calendar day, written YYYY-MM-DD in YAML. */
const day = z.coerce.date();
/** Which English text a translation translates: `npm run translations` writes it (src/lib/content/translation.ts). */
const sourceHash = z.string().regex(/^[0-9a-f]{12}$/, 'use the 12-character hash `npm run translations` prints');

/** The same file in the original's folder and in each translation's (content/ar/…), one entry per edition. */
const inEveryEdition = (file: string) => [file, ...TRANSLATIONS.map((edition) => `${edition}/${file}`)];
/** A file of the translations only (content/ar/…). */
const inTranslations = (file: string) => TRANSLATIONS.map((edition) => `${edition}/${file}`);
/** An entry per edition: its id is the edition ("en", "ar"). */
const editionId = (entry: string) => editionOfEntry(entry);

// Every schema is strict: an unknown field (a typo such as "sumary") stops the build. Each loader
// is strict too (src/lib/content/loaders.ts): in `astro dev` an edit that breaks a rule shows the error.

const article = defineCollection({
  // content/article.yaml for the original, content/ar/article.yaml for the Arabic edition.
  loader: strictGlob({ pattern: inEveryEdition('article.yaml'), id: editionId }),
  schema: z
    .strictObject({
      /** The headline (h1), page title and preview title. */
      title: text,
      /** One or two sentences for search results and link previews. */
      description: text.max(300),
      /** The site's name, shown in the header, previews, titles and the citation. */
      siteName: text,
      /** BCP 47 language of the text: `<html lang>`, hreflang, the date format and the interface strings. */
      language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'use a BCP 47 tag such as "en" or "ar-IQ"'),
      /** The locale dates and numbers are written in, when it is not `language` (e.g. "ar-IQ": Iraqi month names). */
      locale: z
        .string()
        .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'use a BCP 47 tag such as "ar-IQ"')
        .optional(),
      /** Writing direction, when the language's own (from Intl.Locale) is not the one wanted. */
      direction: z.enum(['ltr', 'rtl']).optional(),
      /** The day this content last changed (YYYY-MM-DD): the visible "Updated" date. */
      updated: day,
      /** The day the article was first published, when known; shown as "Published". A translation inherits it. */
      published: day.optional(),
      /** Who wrote it, when the article names them; the citation leaves it out otherwise. A translation inherits it. */
      author: text.optional(),
      /** The licence readers may reuse the text under; nothing is claimed when absent. A translation inherits it. */
      license: z.strictObject({ id: text, url: z.url() }).optional(),
    })
    .refine((a) => !a.published || a.published <= a.updated, {
      path: ['published'],
      message: 'must be on or before "updated"',
    }),
});

const sections = defineCollection({
  loader: strictGlob({ pattern: ['sections/*.mdx'], id: frontmatterId }),
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

/**
 * A section of a translation (content/ar/sections/*.mdx): the words only. Its order, aliases and
 * the tables it places are the original's; its paragraphs and list items match the original's
 * one for one (checked while the hash is current). The entry id is "ar/<id>".
 */
const sectionTranslations = defineCollection({
  loader: strictGlob({
    pattern: inTranslations('sections/*.mdx'),
    id: (entry, data) => `${editionOfEntry(entry)}/${frontmatterId(entry, data)}`,
  }),
  schema: z.strictObject({
    /** The id of the original's section this translates. */
    id: fragmentId,
    /** The heading, translated; the lede has none. */
    title: text.optional(),
    /** The original's summary, translated: one sentence of this section's own words. */
    summary: text.max(200),
    /** The hash of the original section this translation was made from. */
    sourceHash,
  }),
});

const tables = defineCollection({
  // One file per table; the file name (actor-relations.yaml) is the table's id.
  loader: strictGlob({ pattern: ['tables/*.yaml'], id: fileNameId }),
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

/**
 * A table of a translation (content/ar/tables/<table-id>.yaml): the words only, keyed by the
 * original's column fields and row ids. Row order, ids and the diagram are the original's.
 */
const tableTranslations = defineCollection({
  loader: strictGlob({ pattern: inTranslations('tables/*.yaml'), id: (entry) => `${editionOfEntry(entry)}/${fileNameId(entry)}` }),
  schema: z.strictObject({
    /** The hash of the original table this translation was made from. */
    sourceHash,
    /** The caption, translated. */
    caption: text,
    /** Each column's header label, by the original's field name. */
    columns: z.record(z.string(), text),
    /** Each row's cells, by the original's row id, then field name. */
    rows: z.record(z.string(), z.record(z.string(), cell)),
  }),
});

const atAGlance = defineCollection({
  // content/at-a-glance.yaml, content/ar/at-a-glance.yaml: each edition's points, from its own sections.
  loader: strictGlob({ pattern: inEveryEdition('at-a-glance.yaml'), id: editionId }),
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

const glossary = defineCollection({
  // content/ar/glossary.yaml: the translation's one established form of each name and term.
  loader: strictGlob({ pattern: inTranslations('glossary.yaml'), id: editionId }),
  schema: z.strictObject({
    /**
     * Each term as the original writes it (`en`, matched as whole words) and the one form the
     * translation uses (`ar`): an up-to-date section whose original says the term says this form.
     */
    terms: z.array(z.strictObject({ en: text, ar: text })).min(1),
  }),
});

export const collections = { article, sections, sectionTranslations, tables, tableTranslations, atAGlance, glossary };

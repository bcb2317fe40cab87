import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { PHRASE_VALUES } from './i18n';
import { placeholders } from './i18n/phrases';
import { EDITION_FILE, editionOfEntry, TRANSLATIONS } from './lib/content/editions';
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
  // content/article.yaml for the original, content/<lang>/article.yaml for each translation.
  loader: strictGlob({ pattern: inEveryEdition('article.yaml'), id: editionId }),
  schema: z
    .strictObject({
      /** The headline (h1), page title and preview title. */
      title: text,
      /** One or two sentences for search results and link previews. */
      description: text.max(300),
      /** The site's name, shown in the header, previews, titles and the citation. */
      siteName: text,
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

/** A BCP 47 language tag ("en", "ar", "fa") or locale ("ar-IQ"). */
const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'use a BCP 47 tag such as "fa" or "ar-IQ"');
/** A CSS font-family list: names and generic families, nothing else (it goes into the page's style). */
const fontList = text.regex(/^[\w\s',-]+$/, 'use a CSS font-family list: font names in quotes, commas, a generic family last');

const editions = defineCollection({
  // content/edition.yaml for the original; a folder content/<lang>/ with one is a translation.
  loader: strictGlob({ pattern: inEveryEdition(EDITION_FILE), id: editionId }),
  schema: z.strictObject({
    /** BCP 47 language of the edition: `<html lang>`, hreflang, og:locale, inLanguage. A translation's is its folder's name. */
    language: languageTag,
    /** The locale dates and numbers are written in, when it is not `language`: its calendar, month names and digits ("ar-IQ", "fa-IR"). */
    locale: languageTag.optional(),
    /** Writing direction, when the language's own (from Intl.Locale) is not the one wanted. */
    direction: z.enum(['ltr', 'rtl']).optional(),
    /** The edition's name in its own language ("English", "العربية", "فارسی"): every other edition's language links say it. */
    name: text,
    /** How fast readers of the language read, for the reading-time estimate, and where the figure comes from. */
    readingRate: z.strictObject({ wordsPerMinute: z.number().int().min(50).max(600), source: text }),
    /** The reader's own faces for the script, system faces first (no web font waits before the first paint); the site's when absent. */
    fonts: z.strictObject({ serif: fontList, sans: fontList }).optional(),
    /** Line heights the script needs (taller for Arabic-script dots and marks); the site's when absent. */
    lineHeight: z.strictObject({ body: z.number().min(1).max(3), headings: z.number().min(1).max(3) }).optional(),
  }),
});

/** Interface words: never empty. */
const word = text;
/** A phrase the site puts values into: it names each of `values` in braces, and nothing else. */
const phrase = (values: readonly string[]) =>
  text.superRefine((template, context) => {
    const used = placeholders(template);
    const unknown = used.filter((name) => !values.includes(name));
    const missing = values.filter((name) => !used.includes(name));
    const list = values.map((name) => `{${name}}`).join(', ');
    if (unknown.length > 0)
      context.addIssue({
        code: 'custom',
        message: `${unknown.map((n) => `{${n}}`).join(', ')} is not a value of this phrase (it takes ${list})`,
      });
    if (missing.length > 0) context.addIssue({ code: 'custom', message: `the phrase must say ${missing.map((n) => `{${n}}`).join(', ')}` });
  });
/** A form of a counted phrase: the number as {count}, or none ("one section"). */
const countForm = text.refine((form) => placeholders(form).every((name) => name === 'count'), 'a counted phrase takes only {count}');
/**
 * A counted phrase: one form for each plural category of the edition's language (CLDR: "one" and
 * "other" in English and Persian; "zero", "one", "two", "few", "many", "other" in Arabic). The
 * build checks the categories against the edition's locale.
 */
const counted = z.strictObject({
  zero: countForm.optional(),
  one: countForm.optional(),
  two: countForm.optional(),
  few: countForm.optional(),
  many: countForm.optional(),
  other: countForm,
});

const interfaceWords = defineCollection({
  // content/interface.yaml, content/ar/interface.yaml: everything an edition says around the article's own words.
  loader: strictGlob({ pattern: inEveryEdition('interface.yaml'), id: editionId }),
  schema: z.strictObject({
    /** The first link a keyboard reaches: past the header to the article. */
    skipLink: word,
    /** The contents list's heading. */
    contents: word,
    /** The accessible name of the header's links to the other editions. */
    otherEditions: word,
    /** The link at the foot of the page. */
    backToTop: word,
    /** Between the parts of a line (the dates, the section count, the reading time; the downloads). */
    separator: word,
    /** The meta line's section count. */
    sectionCount: counted,
    /** The meta line's reading time, in whole minutes. */
    readingTime: counted,
    /** Before the "Updated" date. */
    updated: word,
    /** Before the "Published" date, when the article has one. */
    published: word,
    /** Printed at the foot of every page, before its address. */
    thisPage: word,
    /** The accessible name of a section's "#" permalink. */
    permalink: phrase(PHRASE_VALUES.permalink),
    /** The copy-link button's words. */
    copyLink: word,
    /** The button's words where the phone offers to share. */
    share: word,
    /** Shown on the button after copying. */
    copied: word,
    /** Announced after a link is copied. */
    linkCopied: word,
    /** Announced when the link is selected for the reader to copy (no clipboard access). */
    copySelected: word,
    /** The accessible name of the selected link's field. */
    linkField: word,
    /** A control's accessible name: its visible words first (WCAG 2.5.3), then what it acts on. */
    controlName: phrase(PHRASE_VALUES.controlName),
    /** A share page's heading line. */
    sectionOf: phrase(PHRASE_VALUES.sectionOf),
    /** A share page's link to the section. */
    readSectionInArticle: word,
    /** The 404 page's title. */
    notFoundTitle: word,
    /** The 404 page's heading. */
    notFoundHeading: word,
    /** The 404 page's explanation, before the list of sections. */
    notFoundText: word,
    /** The accessible name of that list. */
    sectionsOfArticle: word,
    /** The article's preview image footer. */
    previewFooter: counted,
    /** A section's preview image footer. */
    previewSectionFooter: phrase(PHRASE_VALUES.previewSectionFooter),
    /** A section's preview image text alternative. */
    previewSectionAlt: phrase(PHRASE_VALUES.previewSectionAlt),
    /** A preview's text alternative when it draws the diagram. */
    previewWithDiagram: phrase(PHRASE_VALUES.previewWithDiagram),
    /** The "At a glance" heading. */
    atAGlance: word,
    /** Before each point's link to its section. */
    readSection: word,
    /** After the diagram: the table says the same. */
    diagramSameAsTable: word,
    /** The diagram's link to the table. */
    diagramTableLink: word,
    /** The diagram's description of one link (the caller ends it as a sentence). */
    diagramLink: phrase(PHRASE_VALUES.diagramLink),
    /** The diagram's description of its centre. */
    diagramCentre: phrase(PHRASE_VALUES.diagramCentre),
    /** Before a table's download links. */
    downloadTable: word,
    /** The CSV link's words. */
    downloadCsv: word,
    /** The JSON link's words. */
    downloadJson: word,
    /** A download link's accessible name. */
    downloadName: phrase(PHRASE_VALUES.downloadName),
    /** The citation block's heading. */
    cite: word,
    /** The plain citation's label. */
    citePlain: word,
    /** The BibTeX entry's label. */
    citeBibtex: word,
    /** The citation's copy button. */
    copy: word,
    /** Announced after a citation is copied. */
    citationCopied: word,
    /** The reader's access date, for them to fill in: the plain citation ends it with a full stop, BibTeX's note without. */
    accessed: word,
    /** Before the licence. */
    reuse: word,
    /** The plain-text citation before its "Accessed" placeholder; {updated} is written as the edition writes dates. */
    citation: phrase(PHRASE_VALUES.citation),
    /** The same when the article names its author. */
    citationWithAuthor: phrase(PHRASE_VALUES.citationWithAuthor),
    /** A translation says so near its top, with a link to the original. */
    translationNote: word,
    /** That link's words. */
    translationNoteLink: word,
    /** A translated section whose original changed since it was translated. */
    sectionOutdated: word,
    /** The same for a table. */
    tableOutdated: word,
    /** A section not translated yet, shown in the original. */
    untranslatedSection: word,
    /** The same for a table. */
    untranslatedTable: word,
    /** The link from such a notice to the original's section. */
    readEnglishSection: word,
    /** The theme menu's label. */
    theme: word,
    /** Its choices: the reader's system, light, dark. */
    themeSystem: word,
    themeLight: word,
    themeDark: word,
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
     * Each term as the original writes it (keyed by the original's language, `en`: matched as
     * whole words) and the one form the translation uses (keyed by the edition's language, e.g.
     * `fa`): an up-to-date section whose original says the term says this form. The build checks
     * each term has exactly those two keys.
     */
    terms: z.array(z.record(languageTag, text)).min(1),
  }),
});

export const collections = {
  editions,
  interfaceWords,
  article,
  sections,
  sectionTranslations,
  tables,
  tableTranslations,
  atAGlance,
  glossary,
};

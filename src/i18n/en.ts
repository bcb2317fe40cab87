/**
 * The interface's words in English: everything the site says around the article's own text.
 * Another language adds a module of the same shape (`satisfies UiStrings`) and registers it in
 * ./index.ts. Functions take what varies, so word order can follow the language.
 */
/**
 * The words the enhancement script shows (src/scripts/enhance.ts bundles them, so they cost the
 * page nothing before its first paint); the pages use the same ones.
 */
export const enScript = {
  copyLink: 'Copy link',
  share: 'Share',
  copied: 'Copied',
  linkCopied: 'Link copied',
  copySelected: 'Copy the selected text',
  linkField: 'Link to this section',
  /** A control's accessible name: its visible words first (WCAG 2.5.3), then what it acts on. */
  controlName: (action: string, what: string) => `${action}: ${what}`,
};

export type ScriptStrings = typeof enScript;

export const en = {
  /** The language's own name: the other editions' headers link here with it. */
  languageName: 'English',
  /** Reading rate for the reading-time estimate, in words a minute: a common estimate for screens (the IReST study measured 228; Trauzettel-Klosinski & Dietz, 2012). */
  wordsPerMinute: 230,
  skipLink: 'Skip to the article',
  contents: 'Contents',
  backToTop: 'Back to top',
  /** Between the parts of a line (the dates, the section count, the reading time; the downloads). */
  separator: '·',
  /** The meta line under the headline. */
  sectionCount: (count: number) => `${count} sections`,
  readingTime: (minutes: number) => `${minutes}-minute read`,
  updated: 'Updated',
  published: 'Published',
  /** Printed at the foot of every page. */
  thisPage: 'This page:',

  permalink: (title: string) => `Link to section: ${title}`,
  ...enScript,

  sectionOf: (article: string) => `A section of “${article}”`,
  readSectionInArticle: 'Read this section in the article',
  notFoundTitle: 'Page not found',
  notFoundHeading: 'This page does not exist',
  notFoundText: 'The link may be mistyped, or the page may have moved. Everything on this site is one article:',
  sectionsOfArticle: 'Sections of the article',

  /** Link previews (1200×630 images and their text alternatives). */
  previewFooter: (sections: number) => `An explainer in ${sections} sections`,
  previewSectionFooter: (index: number, total: number, article: string) => `Section ${index} of ${total} · ${article}`,
  previewSectionAlt: (title: string, index: number, total: number, article: string) =>
    `${title}: section ${index} of ${total} of “${article}”`,
  previewWithDiagram: (alt: string, diagram: string) => `${alt}, with a diagram. ${diagram}`,

  atAGlance: 'At a glance',
  readSection: 'Read:',

  diagramSameAsTable: 'The table below gives the same information.',
  diagramTableLink: 'Go to the table',
  /** The diagram's description, one part a link and one the centre (the caller ends each as a sentence). */
  diagramLink: (from: string, to: string, label: string) => `${from} to ${to}: ${label}`,
  diagramCentre: (name: string, note: string) => `${name}: ${note}`,

  downloadTable: 'Download this table:',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  downloadName: (format: string, caption: string) => `Download as ${format}: ${caption}`,

  cite: 'Cite this explainer',
  citePlain: 'Plain text',
  citeBibtex: 'BibTeX',
  copy: 'Copy',
  citationCopied: 'Citation copied',
  /** The reader's access date, for them to fill in: the plain citation ends it with a full stop, BibTeX's note without. */
  accessed: 'Accessed [date]',
  reuse: 'Reuse:',
  /** The plain-text citation before its "Accessed" placeholder; `updated` is written as the language writes dates. */
  citation: ({ author, site, title, updated, url }: { author?: string; site: string; title: string; updated: string; url: string }) =>
    author ? `${author}. “${title}.” ${site}, updated ${updated}. ${url}.` : `${site}. “${title}.” Updated ${updated}. ${url}.`,

  /** A translation says so near its top, with a link to the original. */
  translationNote: 'This is a translation of the English original.',
  translationNoteLink: 'Read the original in English',
  /** A translated section or table whose original changed since it was translated. */
  sectionOutdated: 'The English text of this section has changed since this translation was made.',
  tableOutdated: 'The English text of this table has changed since this translation was made.',
  /** A section or table not translated yet, shown in the original. */
  untranslatedSection: 'This section has not been translated yet; it is shown in the English original.',
  untranslatedTable: 'This table has not been translated yet; it is shown in the English original.',
  readEnglishSection: 'Read the English section',

  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
};

export type UiStrings = typeof en;

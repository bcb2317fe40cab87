/**
 * Every id the article page sets that content does not name directly: the page's own ids and
 * the ids derived from a table's. Components take their ids from here, and the integrity rules
 * check content's ids against the same list, so a section called "main" cannot break the page.
 */

/** Ids the page layout itself uses. */
export const PAGE_IDS = {
  /** The body: "Back to top" links land here. */
  top: 'top',
  /** The skip link's target. */
  main: 'main',
  /** The polite live region where copy buttons announce what they did. */
  status: 'copy-status',
  /** The contents list and its heading. */
  contents: 'contents',
  /** The "At a glance" section and its heading. */
  atAGlance: 'at-a-glance',
  atAGlanceHeading: 'at-a-glance-heading',
  /** The "Cite this explainer" block, its heading and its two citation texts. */
  cite: 'cite',
  citeHeading: 'cite-heading',
  citeText: 'cite-text',
  citeBibtex: 'cite-bibtex',
  /** The print style sheet's <noscript> link, which the enhancement script also adds after the first paint. */
  printStyles: 'print-styles',
  /** The theme control. */
  theme: 'theme',
  /** The footer, last in every page: the first paint waits until it is parsed (Page.astro). */
  end: 'page-end',
} as const;

/** A table row's fragment id: the table's prefix and the row's id, e.g. #actor-iran. */
export const rowFragment = (rowIdPrefix: string, rowId: string): string => rowIdPrefix + rowId;

/** The ids a table places on the page besides its rows. */
export function tableIds(tableId: string) {
  return {
    table: tableId,
    caption: `${tableId}-caption`,
    downloads: `${tableId}-downloads`,
    diagram: `${tableId}-diagram`,
    diagramTitle: `${tableId}-diagram-title`,
    diagramDescription: `${tableId}-diagram-desc`,
  };
}

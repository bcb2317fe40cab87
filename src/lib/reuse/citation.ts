/**
 * "Cite this explainer": a plain-text citation and a BibTeX (biblatex `@online`) entry, built
 * only from what content/article.yaml says. The access date is the reader's to fill in: a build
 * date would only pretend to be one.
 */
import { isoDay, type UiStrings } from '../../i18n';

export interface CitationFacts {
  siteName: string;
  title: string;
  /** The day the content last changed. */
  updated: Date;
  /** Only when the article names one. */
  author?: string;
  /** The canonical URL of the article's edition. */
  url: string;
  /** The edition's language (BCP 47): BibTeX's `langid`. */
  language: string;
}

type CitationStrings = Pick<UiStrings, 'citation' | 'accessed'>;

/** The plain-text citation, with the date written as the article's language writes it. */
export function plainCitation(facts: CitationFacts, ui: CitationStrings, formatDay: (date: Date) => string): string {
  const { author, siteName: site, title, url } = facts;
  return `${ui.citation({ author, site, title, updated: formatDay(facts.updated), url })} ${ui.accessed}.`;
}

/** Characters TeX treats specially, written so they print as themselves. */
const TEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text for a BibTeX field: TeX's special characters escaped. */
export const bibtexEscape = (text: string): string => text.replace(/[\\{}%&$#_^~]/g, (c) => TEX_ESCAPES[c]!);

/** The entry key: the site's name in plain lower-case letters and digits, then the year. */
export function bibtexKey(siteName: string, updated: Date): string {
  const slug = siteName
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return `${slug || 'explainer'}${updated.getUTCFullYear()}`;
}

const languageNames = new Intl.DisplayNames('en', { type: 'language', languageDisplay: 'standard' });

/** biblatex's `langid`: the language's English name in lower case, as babel and polyglossia name it ("english", "arabic"). */
export const langid = (language: string): string => (languageNames.of(new Intl.Locale(language).language) ?? language).toLowerCase();

/**
 * A biblatex `@online` entry. The title is double-braced so styles keep its capitals (place
 * names); the URL is verbatim; `note` holds the reader's access date until they replace it
 * (with `urldate = {YYYY-MM-DD}`, once known).
 */
export function bibtexCitation(facts: CitationFacts, ui: CitationStrings): string {
  const fields: [string, string][] = [
    ...(facts.author ? ([['author', bibtexEscape(facts.author)]] as [string, string][]) : []),
    ['title', `{${bibtexEscape(facts.title)}}`],
    ['organization', bibtexEscape(facts.siteName)],
    ['date', isoDay(facts.updated)],
    ['url', facts.url],
    ['langid', langid(facts.language)],
    ['note', bibtexEscape(ui.accessed)],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@online{${bibtexKey(facts.siteName, facts.updated)},\n${body}\n}`;
}

/**
 * A citation cut around its left-to-right isolates (U+2066 … U+2069, the address in a
 * right-to-left citation), so the page can set each isolate as one box: a line break inside an
 * address in right-to-left text puts its halves at opposite ends of two lines (Firefox broke
 * after "http://"). The pieces join to the citation unchanged, marks included.
 */
export function isolatePieces(text: string): { text: string; isolate: boolean }[] {
  return text
    .split(/(\u2066[^\u2069]*\u2069)/)
    .filter(Boolean)
    .map((piece) => ({ text: piece, isolate: piece.startsWith('\u2066') }));
}

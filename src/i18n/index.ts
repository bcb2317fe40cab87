/**
 * An edition's language decides the page's language, its writing direction, how dates and
 * numbers read and the interface's words, all from its content: content/<lang>/edition.yaml and
 * interface.yaml (checked by the schemas in src/content.config.ts).
 */
import type { CollectionEntry } from 'astro:content';
import { fill } from './phrases';

/** The values each phrase takes, in the order the site passes them (the schema checks each phrase names exactly these). */
export const PHRASE_VALUES = {
  permalink: ['title'],
  controlName: ['action', 'what'],
  sectionOf: ['article'],
  previewSectionFooter: ['index', 'total', 'article'],
  previewSectionAlt: ['title', 'index', 'total', 'article'],
  previewWithDiagram: ['alt', 'diagram'],
  diagramLink: ['from', 'to', 'label'],
  diagramCentre: ['name', 'note'],
  downloadName: ['format', 'caption'],
  citation: ['site', 'title', 'updated', 'url'],
  citationWithAuthor: ['author', 'site', 'title', 'updated', 'url'],
} as const;

/** The phrases that count something: one form per plural category of the edition's language, chosen by {count}. */
export const COUNTED = ['sectionCount', 'readingTime', 'previewFooter'] as const;

type PhraseName = keyof typeof PHRASE_VALUES;
type CountedName = (typeof COUNTED)[number];

/** The interface words as content writes them. */
export type WordsData = CollectionEntry<'interfaceWords'>['data'];

/** What the citation is built from; the author only when the article names one. */
export interface CitationValues {
  author?: string | undefined;
  site: string;
  title: string;
  updated: string;
  url: string;
}

/** A phrase function's arguments: one text or number per value it names, in PHRASE_VALUES order. */
type PhraseArguments<Names extends readonly string[]> = { -readonly [I in keyof Names]: string | number };

/** An edition's interface words, ready to use: plain words, and a function for each phrase and counted phrase. */
export type UiStrings = { [K in Exclude<keyof WordsData, PhraseName | CountedName>]: string } & {
  [N in Exclude<PhraseName, 'citation' | 'citationWithAuthor'>]: (...values: PhraseArguments<(typeof PHRASE_VALUES)[N]>) => string;
} & { [C in CountedName]: (count: number) => string } & {
  /** The plain-text citation before its "Accessed" placeholder: `citationWithAuthor` when there is an author. */
  citation: (values: CitationValues) => string;
};

/** The plural categories a locale counts with ("en": one, other; "ar": zero, one, two, few, many, other). */
export const pluralCategories = (locale: string): Intl.LDMLPluralRule[] => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

/** An edition's words as functions; numbers in them written as `locale` writes numbers (its digits). */
export function interfaceWords(data: WordsData, locale: string): UiStrings {
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const number = (n: number) => numbers.format(n);
  const words: Record<string, unknown> = { ...data };
  for (const [name, order] of Object.entries(PHRASE_VALUES))
    words[name] = (...values: (string | number)[]) =>
      fill(data[name as PhraseName], Object.fromEntries(order.map((key, i) => [key, values[i]!])), number);
  for (const name of COUNTED) {
    const forms = data[name] as Partial<Record<Intl.LDMLPluralRule, string>>;
    words[name] = (count: number) => fill(forms[plurals.select(count)] ?? forms.other!, { count }, number);
  }
  const { citation, citationWithAuthor } = words as Record<'citation' | 'citationWithAuthor', (...values: string[]) => string>;
  words.citation = ({ author, site, title, updated, url }: CitationValues) =>
    author ? citationWithAuthor(author, site, title, updated, url) : citation(site, title, updated, url);
  return words as UiStrings;
}

/** `Intl.Locale#getTextInfo()` (Node 22+, Chromium), or the older `textInfo` property. */
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };

/** The writing direction: the one content states, else the language's own. */
export function textDirection(language: string, stated?: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  if (stated) return stated;
  const locale = new Intl.Locale(language) as LocaleWithTextInfo;
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * `lang` and `dir` for words in another language than the page's (a section shown in the
 * original until it is translated), or nothing when they are the page's own.
 */
export function languageAttributes(lang: string, pageLang: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return lang === pageLang ? {} : { lang, dir: textDirection(lang) };
}

/** One formatter per locale: building an Intl.DateTimeFormat costs far more than using one (every page shows a date). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day as the locale writes it, in its own calendar and digits ("November 26, 2026";
 * "٢٦ تشرين الثاني ٢٠٢٦" in ar-IQ; "۵ آذر ۱۴۰۵" in fa-IR, the Solar Hijri calendar); content
 * dates are UTC days.
 */
export function formatDay(date: Date, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) dayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(date);
}

/** The machine form of a content date, for `<time datetime>` and metadata. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * The article's language decides the page's language, its writing direction, how dates read and
 * the interface's words. Languages without their own strings fall back to English with a warning.
 */
import { ar } from './ar';
import { en, type UiStrings } from './en';

/** Interface strings by language tag or primary language ("ar" serves "ar-IQ"). */
const byLanguage: Record<string, UiStrings> = { en, ar };

// A module that lacks a word, or leaves one empty, stops the build here: never an empty label on a page.
for (const [language, strings] of Object.entries(byLanguage)) {
  const missing = Object.keys(en).filter((key) => {
    const value = (strings as Record<string, unknown>)[key];
    return value === undefined || (typeof value === 'string' && value.trim() === '');
  });
  if (missing.length > 0) throw new Error(`src/i18n/${language}.ts: no words for ${missing.map((k) => `"${k}"`).join(', ')}`);
}

const warned = new Set<string>();

/** The interface strings for a language; English, with one warning per build, when there are none. */
export function uiStrings(language: string): UiStrings {
  const found = byLanguage[language] ?? byLanguage[new Intl.Locale(language).language];
  if (found) return found;
  if (!warned.has(language)) {
    warned.add(language);
    console.warn(`[i18n] No interface strings for language "${language}" in src/i18n/: using English.`);
  }
  return en;
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

/** One formatter per language: building an Intl.DateTimeFormat costs far more than using one (every page shows a date). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day as the language writes it ("November 26, 2026"); content dates are UTC days. */
export function formatDay(date: Date, language: string): string {
  let format = dayFormats.get(language);
  if (!format) dayFormats.set(language, (format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(date);
}

/** The machine form of a content date, for `<time datetime>` and metadata. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

export type { UiStrings };

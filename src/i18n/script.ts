/**
 * The enhancement script's words, by language: the `…Script` parts of the language modules, one
 * typed source with the pages. Bundled into the script (fetched after the first paint), so the
 * pages carry no copy of them.
 */
import { arScript } from './ar';
import { enScript, type ScriptStrings } from './en';

const byLanguage: Record<string, ScriptStrings> = { en: enScript, ar: arScript };

/** The words for a page's language ("ar-IQ" reads "ar"); English where a language has none. */
export const scriptStrings = (language: string): ScriptStrings => byLanguage[language] ?? byLanguage[language.split('-')[0]!] ?? enScript;

/**
 * An edition's interface words read straight from its content folder (edition.yaml for the locale,
 * interface.yaml for the words) and made ready by the site's own `interfaceWords`: what the pages
 * say, for tests to look for. The tests' own reading: no schema, no integrity rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { interfaceWords, type UiStrings, type WordsData } from '../../src/i18n';

const siteContent = join(import.meta.dirname, '../../content');

/** An edition folder's edition.yaml: the original's is content/ itself. */
export interface EditionYaml {
  language: string;
  locale?: string;
  direction?: 'ltr' | 'rtl';
  name: string;
  readingRate: { wordsPerMinute: number; source: string };
}

/** The folder of an edition: content/ for the original ("en"), content/<lang>/ for a translation. */
const folder = (edition: string, contentDir: string) => (edition === 'en' ? contentDir : join(contentDir, edition));

export const editionYaml = (edition: string, contentDir = siteContent): EditionYaml =>
  parse(readFileSync(join(folder(edition, contentDir), 'edition.yaml'), 'utf8')) as EditionYaml;

/** The locale an edition writes dates and numbers in. */
export const localeOf = (edition: string, contentDir = siteContent): string => {
  const facts = editionYaml(edition, contentDir);
  return facts.locale ?? facts.language;
};

/** An edition's interface words, as the site uses them. */
export const wordsOf = (edition: string, contentDir = siteContent): UiStrings =>
  interfaceWords(
    parse(readFileSync(join(folder(edition, contentDir), 'interface.yaml'), 'utf8')) as WordsData,
    localeOf(edition, contentDir),
  );

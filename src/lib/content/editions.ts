/**
 * The editions the site publishes: the original and its translations, found in content/, never
 * listed in code. The original is content/ itself; a translation is a folder content/<lang>/ with
 * an edition.yaml (its language, locale, name, reading rate and fonts, checked by the `editions`
 * collection's schema). Each has its own path under the base; everything else (ids, tables' shape,
 * order) is the original's, so the editions cannot drift apart. Server-side only (it reads content/,
 * the project being the working directory in builds, dev and scripts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** An edition's id: its language tag, which is also its folder under content/ and its path under the base. */
export type Edition = string;

/** The file that makes a folder of content/ an edition. */
export const EDITION_FILE = 'edition.yaml';

/**
 * The edition the others translate, at the root of content/ and of the site: its id is the
 * language content/edition.yaml states (the schema checks the file fully; only this is read here,
 * before the collections load, because routes and the sitemap need it).
 */
export const ORIGINAL: Edition = (() => {
  const file = `content/${EDITION_FILE}`;
  const language = existsSync(file) ? (parse(readFileSync(file, 'utf8')) as { language?: unknown } | null)?.language : undefined;
  if (typeof language !== 'string' || language.trim() === '')
    throw new Error(`${file}: field "language" is required: the original's language tag, such as "en"`);
  return language;
})();

/** An edition's path under the base: "" for the original, "ar/" for Arabic. */
export const editionPrefix = (edition: Edition): string => (edition === ORIGINAL ? '' : `${edition}/`);

/** An edition's content folder, relative to the project: content/ or content/ar/. */
export const editionContent = (edition: Edition): string => `content/${editionPrefix(edition)}`;

/**
 * An edition's content folder as an absolute path under the project's `root` (the original's by
 * default), for the file system and for Vite's watcher, which reads a relative "content/…" as a
 * package's name.
 */
export const editionFolder = (root: URL, edition: Edition = ORIGINAL): string => fileURLToPath(new URL(editionContent(edition), root));

/**
 * The translations published: each folder of content/ that holds an edition.yaml, by name. A copy
 * of the project with one folder removed builds without that edition; a new folder adds one.
 */
export const TRANSLATIONS: Edition[] = readdirSync('content', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`content/${entry.name}/${EDITION_FILE}`))
  .map((entry) => entry.name)
  .sort();

/** Every edition published, the original first. */
export const EDITIONS: Edition[] = [ORIGINAL, ...TRANSLATIONS];

export const isEdition = (value: unknown): value is Edition => EDITIONS.includes(value as Edition);

/** A path inside an edition, from the base: editionPath('ar', 's/x/') is "ar/s/x/"; the original's stay at the root. */
export const editionPath = (edition: Edition, path = ''): string => editionPrefix(edition) + path.replace(/^\/+/, '');

/** The edition a content file belongs to, from its path under content/ ("ar/sections/x.mdx" is Arabic). */
export function editionOfEntry(entry: string): Edition {
  const first = entry.split('/')[0];
  return entry.includes('/') && TRANSLATIONS.includes(first!) ? first! : ORIGINAL;
}

/** The `[...edition]` route parameter: none for the original (the site's root), the subtag for a translation. */
export const editionParam = (edition: Edition): string | undefined => (edition === ORIGINAL ? undefined : edition);

/** One static path per edition for a route under src/pages/[...edition]/, with the edition as a prop. */
export const editionPaths = () => EDITIONS.map((edition) => ({ params: { edition: editionParam(edition) }, props: { edition } }));

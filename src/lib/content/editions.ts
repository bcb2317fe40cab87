/**
 * The editions the site publishes: the original and its translations. Each has its own content
 * folder and its own path under the base; everything else (ids, tables' shape, order) is the
 * original's, so the editions cannot drift apart. Server-side only (it reads content/).
 */
import { existsSync } from 'node:fs';

/** Every edition the site knows, the original first: its language subtag names its folder and path. */
const KNOWN = ['en', 'ar'] as const;
export type Edition = (typeof KNOWN)[number];

/** The edition the others translate: at the root of content/ and of the site. */
export const ORIGINAL: Edition = 'en';

export const isEdition = (value: unknown): value is Edition => KNOWN.includes(value as Edition);

/** An edition's path under the base: "" for the original, "ar/" for Arabic. */
export const editionPrefix = (edition: Edition): string => (edition === ORIGINAL ? '' : `${edition}/`);

/** An edition's content folder, relative to the project: content/ or content/ar/. */
export const editionContent = (edition: Edition): string => `content/${editionPrefix(edition)}`;

/**
 * The editions published: the original, and each translation whose content/<edition>/article.yaml
 * exists (the project is the working directory in builds, dev and scripts). A copy of the project
 * with one edition's content builds that edition alone.
 */
export const EDITIONS: Edition[] = KNOWN.filter((edition) => edition === ORIGINAL || existsSync(`${editionContent(edition)}article.yaml`));

/** The translated editions, in `EDITIONS` order. */
export const TRANSLATIONS: Edition[] = EDITIONS.filter((edition) => edition !== ORIGINAL);

/** A path inside an edition, from the base: editionPath('ar', 's/x/') is "ar/s/x/"; the original's stay at the root. */
export const editionPath = (edition: Edition, path = ''): string => editionPrefix(edition) + path.replace(/^\/+/, '');

/** The edition a content file belongs to, from its path under content/ ("ar/sections/x.mdx" is Arabic). */
export function editionOfEntry(entry: string): Edition {
  const first = entry.split('/')[0];
  return isEdition(first) && entry.includes('/') ? first : ORIGINAL;
}

/** The `[...edition]` route parameter: none for the original (the site's root), the subtag for a translation. */
export const editionParam = (edition: Edition): string | undefined => (edition === ORIGINAL ? undefined : edition);

/** One static path per edition for a route under src/pages/[...edition]/, with the edition as a prop. */
export const editionPaths = () => EDITIONS.map((edition) => ({ params: { edition: editionParam(edition) }, props: { edition } }));

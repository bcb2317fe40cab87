/**
 * Every URL the site prints goes through these helpers, so a build under a sub-path
 * (`--base /explainer/`) and its absolute URLs (`--site`) stay right everywhere. Paths inside an
 * edition (sharePagePath, previewImagePath, tableDataPath) go under it with `editionPath`
 * (../content/editions.ts, server-side only: this module also runs in the browser).
 */

/** The base path with one leading and one trailing slash: "/" or "/explainer/". */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A site-relative path under the base: sitePath('/explainer', 's/x/') is "/explainer/s/x/". */
export function sitePath(base: string, path = ''): string {
  return normalizeBase(base) + path.replace(/^\/+/, '');
}

/** An absolute URL on the configured site; any path or query on `site` itself is ignored. */
export function absoluteUrl(site: string, base: string, path = ''): string {
  return new URL(sitePath(base, path), new URL(site).origin).href;
}

/** A link to an id on the same page: "#id". `href(fragment(id))` reaches it from another page. */
export const fragment = (id: string): string => `#${id}`;

/** The share page of a section: it carries the section's preview and sends readers on. */
export const sharePagePath = (sectionId: string): string => `${SHARE_PAGES}${sectionId}/`;

/** The preview image of a section, or of the whole article when no section is given. */
export const previewImagePath = (sectionId?: string): string => (sectionId ? `og/${sectionId}.png` : 'preview.png');

/** A favicon PNG of one size (src/lib/theme/favicon.ts draws it). */
export const iconPath = (size: number): string => `icons/${size}.png`;

/** The folder of the share pages: s/<section-id>/. The sitemap leaves it out. */
export const SHARE_PAGES = 's/';

/** Where a table's downloads live: data/<table-id>.csv and .json. */
export const tableDataPath = (tableId: string, format: 'csv' | 'json'): string => `data/${tableId}.${format}`;

/** `sitePath` for this build's base. */
export const href = (path = ''): string => sitePath(import.meta.env.BASE_URL, path);

/** `absoluteUrl` for this build's site and base. */
export const absoluteHref = (path = ''): string =>
  absoluteUrl(import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL, path);

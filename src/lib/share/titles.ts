/** Search results show about 70 characters of a title; html-validate's `long-title` holds us to it. */
export const MAX_TITLE_LENGTH = 70;

/**
 * The `<title>` of a page: "Title | Site" when that fits, else the title alone, else the title
 * cut at a word with an ellipsis. Link previews (og:title) keep the whole title.
 */
export function documentTitle(title: string, siteName: string): string {
  const withSite = `${title} | ${siteName}`;
  if (withSite.length <= MAX_TITLE_LENGTH) return withSite;
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.slice(0, MAX_TITLE_LENGTH - 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_TITLE_LENGTH / 2));
  return `${atWord.trimEnd()}…`;
}

/**
 * Putting values into an edition's phrases ("Link to section: {title}"). No imports: the
 * enhancement script bundles it with its own words.
 */

/** The values in braces a phrase names, in order: "{site}. {title}" gives site, title. */
export const placeholders = (template: string): string[] => [...template.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!);

/** A phrase with its values put in; numbers written by `number` (the edition's digits). */
export const fill = (template: string, values: Record<string, string | number>, number: (n: number) => string = String): string =>
  template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'number' ? number(value) : value;
  });

/** The words the enhancement script shows: bundled into it (fetched after the first paint), so pages carry no copy. */
export const SCRIPT_WORDS = ['copyLink', 'share', 'copied', 'linkCopied', 'copySelected', 'linkField', 'controlName'] as const;

/** The script's words for one edition, as content writes them. */
export type ScriptWords = Record<(typeof SCRIPT_WORDS)[number], string>;

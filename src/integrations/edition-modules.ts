import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { SCRIPT_WORDS, type ScriptWords } from '../i18n/phrases';
import { EDITION_FILE, editionContent, EDITIONS, ORIGINAL } from '../lib/content/editions';

const SCRIPT_WORDS_ID = 'virtual:script-words';
const STYLES_ID = 'virtual:edition-styles.css';
const resolved = (id: string) => `\0${id}`;

/** What the modules read of an edition's YAML files: the collections' schemas check them fully, and the build stops there first. */
interface Facts {
  fonts?: { serif: string; sans: string };
  lineHeight?: { body: number; headings: number };
}

/**
 * Two modules made from every edition content holds (src/lib/content/editions.ts), so that no
 * language is named in src/:
 * - `virtual:script-words`: the enhancement script's words, from each edition's interface.yaml.
 *   The script is fetched after the first paint, so the pages carry no copy of them.
 * - `virtual:edition-styles.css`: each edition's faces and line heights from its edition.yaml, as
 *   the custom properties global.css reads, under `:root:lang(<language>)`. Imported by the page
 *   layout, so it is inlined with the rest of the CSS and the policy's style hash covers it.
 */
export function editionModules(): AstroIntegration {
  return {
    name: 'edition-modules',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'edition-modules',
                resolveId: (id) => ([SCRIPT_WORDS_ID, STYLES_ID].includes(id) ? resolved(id) : undefined),
                load(id) {
                  const read = <T>(edition: string, file: string): T => {
                    const path = `${editionContent(edition)}${file}`;
                    this.addWatchFile(path);
                    return (parse(readFileSync(path, 'utf8')) ?? {}) as T;
                  };
                  if (id === resolved(SCRIPT_WORDS_ID)) {
                    const byLanguage = Object.fromEntries(
                      EDITIONS.map((edition) => {
                        const words = read<Record<string, string>>(edition, 'interface.yaml');
                        return [edition, Object.fromEntries(SCRIPT_WORDS.map((key) => [key, words[key] ?? ''])) as ScriptWords];
                      }),
                    );
                    return `export const ORIGINAL = ${JSON.stringify(ORIGINAL)};\nexport const WORDS = ${JSON.stringify(byLanguage)};`;
                  }
                  if (id === resolved(STYLES_ID))
                    return EDITIONS.map((edition) => editionRule(edition, read<Facts>(edition, EDITION_FILE))).join('\n');
                  return undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}

/** One edition's rule: its faces and line heights, when its script asks for its own. */
function editionRule(edition: string, { fonts, lineHeight }: Facts): string {
  const properties = [
    ...(fonts ? [`--font-serif: ${fonts.serif}`, `--font-sans: ${fonts.sans}`] : []),
    ...(lineHeight ? [`--leading-body: ${lineHeight.body}`, `--leading-headings: ${lineHeight.headings}`] : []),
  ];
  return properties.length ? `:root:lang(${edition}) { ${properties.join('; ')} }` : '';
}

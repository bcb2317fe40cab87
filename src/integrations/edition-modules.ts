import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SCRIPT_WORDS, type ScriptWords } from '../i18n/phrases';
import { EDITION_FILE, editionFolder, EDITIONS, ORIGINAL } from '../lib/content/editions';
import { virtualModules, type ModuleContext } from './virtual-modules';

const SCRIPT_WORDS_ID = 'virtual:script-words';
const STYLES_ID = 'virtual:edition-styles.css';

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
 * - `virtual:edition-styles.css`: each edition's faces and line heights from its edition.yaml, and
 *   its labels' capitals and tracking from its language's script, as the custom properties
 *   global.css reads, under `:lang(<language>)`. Imported by the page
 *   layout, so it is inlined with the rest of the CSS and the policy's style hash covers it.
 */
export const editionModules = () =>
  virtualModules('edition-modules', {
    [SCRIPT_WORDS_ID]: (context) => {
      const byLanguage = Object.fromEntries(
        EDITIONS.map((edition) => {
          const words = read<Record<string, string>>(context, edition, 'interface.yaml');
          return [edition, Object.fromEntries(SCRIPT_WORDS.map((key) => [key, words[key] ?? ''])) as ScriptWords];
        }),
      );
      return `export const ORIGINAL = ${JSON.stringify(ORIGINAL)};\nexport const WORDS = ${JSON.stringify(byLanguage)};`;
    },
    [STYLES_ID]: (context) => EDITIONS.map((edition) => editionRule(edition, read<Facts>(context, edition, EDITION_FILE))).join('\n'),
  });

/** One of an edition's YAML files, watched: a change makes the module again. */
function read<T>({ root, watch }: ModuleContext, edition: string, file: string): T {
  const path = join(editionFolder(root, edition), file);
  watch(path);
  return (parse(readFileSync(path, 'utf8')) ?? {}) as T;
}

/** Scripts with capital letters, whose words stay legible spaced out: labels are set in capitals and tracked in them. */
const CASED_SCRIPTS = new Set(['Latn', 'Cyrl', 'Grek', 'Armn']);

/**
 * One edition's rule: its faces and line heights, when its script asks for its own, and whether its
 * labels take capitals and letter-spacing (global.css reads `--caps` and `--tracking`; joined
 * scripts such as Arabic are never spaced out). `:lang()` on any element, not only the root: a
 * passage in another edition's language keeps its own script's setting.
 */
function editionRule(edition: string, { fonts, lineHeight }: Facts): string {
  const properties = [
    ...(fonts ? [`--font-serif: ${fonts.serif}`, `--font-sans: ${fonts.sans}`] : []),
    ...(lineHeight ? [`--leading-body: ${lineHeight.body}`, `--leading-headings: ${lineHeight.headings}`] : []),
  ];
  const cased = CASED_SCRIPTS.has(new Intl.Locale(edition).maximize().script ?? '');
  return [
    properties.length ? `:root:lang(${edition}) { ${properties.join('; ')} }` : '',
    cased ? `:lang(${edition}) { --caps: uppercase; --tracking: 1 }` : '',
  ].join('\n');
}

/**
 * The font files drawings made at build time use, as paths inside node_modules (@fontsource, no
 * network): the diagram measures its words with Source Sans 3, and Arabic-script words with Noto
 * Sans Arabic; preview images draw with those and with Source Serif 4, and Noto Naskh Arabic for
 * Arabic-script titles, never with whatever the build machine has. One list, so both always use
 * the same files.
 *
 * The preview worker loads this file straight from src/ with Node's type stripping: keep it free
 * of imports and its TypeScript erasable.
 */
export const FONT_FILES = {
  sans: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff',
  sansBold: '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff',
  serifBold: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff',
  arabicSans: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff',
  arabicSansBold: '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff',
  arabicSerifBold: '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff',
} as const;

/**
 * What the head script (src/lib/theme/theme.ts) and the theme select (src/scripts/theme-switch.ts,
 * in the browser) share, in a module free of Node APIs: the localStorage key holding a reader's
 * theme ("light" or "dark"; absent means System), and the name under which the head script
 * leaves its one function that applies a choice, which the select calls.
 */
export const THEME_STORAGE_KEY = 'theme';
export const APPLY_THEME = 'applyTheme';

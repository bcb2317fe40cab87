/**
 * The localStorage key holding a reader's theme, "light" or "dark" (absent means System). Its own
 * module, free of Node APIs, so the head script (src/lib/theme/theme.ts) and the theme switch
 * (src/scripts/theme-switch.ts, in the browser) read the same name.
 */
export const THEME_STORAGE_KEY = 'theme';

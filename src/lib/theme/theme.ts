/**
 * The reader's theme choice (System, Light, Dark), applied before the first paint by a tiny
 * inline script, first in <body>. Its text is written once, here: the page prints it, and its sha256
 * (THEME_SCRIPT_HASH, src/lib/security/csp-meta.ts) goes into the CSP, so script-src never needs
 * 'unsafe-inline'.
 */
import { APPLY_THEME, THEME_STORAGE_KEY } from './theme-key';

/**
 * Runs first in <body>, before anything paints, and holds the one function that applies a theme
 * choice: it sets <html data-theme> (the CSS picks the colours from it) or removes it for System,
 * and points `theme-color` at the chosen scheme (or back at the system's). It applies the stored
 * choice (a blocked localStorage means System) and leaves the function as `window.applyTheme`
 * for the theme select. Keep it ES5-plain and small: every page carries it, and a byte changed
 * changes its hash.
 */
export const THEME_SCRIPT = `(function(){function a(t){var r=document.documentElement,c=t=="light"||t=="dark";if(c)r.dataset.theme=t;else delete r.dataset.theme;document.querySelectorAll("meta[data-scheme]").forEach(function(m){var s=m.dataset.scheme;m.media=c?s==t?"all":"not all":"(prefers-color-scheme: "+s+")"})}window.${APPLY_THEME}=a;try{var t=localStorage.getItem("${THEME_STORAGE_KEY}")}catch(e){}a(t)})()`;

/**
 * The reader's theme choice (System, Light, Dark), applied before the first paint by a tiny
 * inline script, first in <body>. Its text is written once, here: the page prints it, and its sha256
 * goes into the CSP (Astro's <meta> policy through astro.config.mjs, and the header policy of
 * src/lib/security/security-headers.ts), so script-src never needs 'unsafe-inline'.
 */
import { cspHash } from '../security/csp-meta';
import { THEME_STORAGE_KEY } from './theme-key';

/**
 * Runs first in <body>, before anything paints: sets <html data-theme> (the CSS picks the colours from
 * it) and points `theme-color` at the chosen scheme. A blocked localStorage means System.
 * Keep it ES5-plain and small: every page carries it, and a byte changed changes its hash.
 */
export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}")}catch(e){}if(t=="light"||t=="dark"){document.documentElement.dataset.theme=t;document.querySelectorAll("meta[data-scheme]").forEach(function(m){m.media=m.dataset.scheme==t?"all":"not all"})}})()`;

/** The script's CSP source expression, e.g. 'sha256-…' without the quotes. */
export const THEME_SCRIPT_HASH = cspHash(THEME_SCRIPT);

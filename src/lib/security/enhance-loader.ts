/**
 * The enhancement module (copy a link, the theme switch, the current section) is fetched after the
 * first paint, never before: nothing a reader needs waits for it, and a request made before the
 * first frame is one the first frame waits on (Lighthouse's simulation counts every request that
 * ends before the largest paint against it). Astro writes the module's tag; src/middleware.ts puts
 * this loader in its place, the module's URL in the loader's data-src.
 *
 * The loader's text is written once, here; its sha256 goes into the CSP (Astro's <meta> policy
 * through astro.config.mjs, and the header policy of src/lib/security/security-headers.ts), as the theme
 * script's does.
 */
import { cspHash } from './csp-meta';

/**
 * Adds the module once the browser reports its first contentful paint, and at the latest 0.5 s
 * after `load` (a browser may list paint timing yet never report it: Firefox ESR 153 reports none
 * for a page opened at a fragment, as every shared section link is, and with the 3 s this waited
 * before its readers waited that long for the copy buttons and the theme switch); where paint
 * timing is missing, in the frame after `load`. Not sooner: in Chromium `load` can come before the
 * first paint, and a module fetched before it is work the first paint is counted as waiting on.
 * It adds it once. ES5-plain and small: every page carries it, and a byte changed changes its hash.
 */
export const ENHANCE_LOADER = `(function(s){function l(){if(s){var e=document.createElement("script");e.type="module";e.src=s;document.head.append(e);s=0}}var P=window.PerformanceObserver,t=P&&(P.supportedEntryTypes||[]).indexOf("paint")>=0;if(t)new P(function(p,o){if(p.getEntriesByName("first-contentful-paint").length){o.disconnect();l()}}).observe({type:"paint",buffered:!0});addEventListener("load",function(){t?setTimeout(l,500):requestAnimationFrame(function(){setTimeout(l)})})})(document.currentScript.dataset.src)`;

/** The loader's CSP source expression, e.g. 'sha256-…' without the quotes. */
export const ENHANCE_LOADER_HASH = cspHash(ENHANCE_LOADER);

/**
 * The tag Astro writes for a page's bundled module script. In `astro dev` Vite's client and the
 * dev toolbar are module tags too, and load after the first paint as well.
 */
const MODULE_TAG = /<script type="module" src="([^"]+)"><\/script>/g;

/** The page with each module script tag replaced by the loader that adds it after the first paint. */
export function deferModuleScripts(html: string): string {
  return html.replace(MODULE_TAG, (_, src: string) => `<script data-src="${src}">${ENHANCE_LOADER}</script>`);
}

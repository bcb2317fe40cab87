/**
 * The security headers, in one place: Astro's CSP <meta> (for hosts without headers, such as
 * GitHub Pages), dist/_headers (Netlify, Cloudflare Pages) and the nginx recipe all carry them.
 */

import type { AstroUserConfig } from 'astro';
import { ENHANCE_LOADER_HASH } from './enhance-loader';
import { THEME_SCRIPT_HASH } from '../theme/theme';

/** One CSP directive as Astro's config accepts it (Astro does not export the type by name). */
type CspDirective = NonNullable<Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']>[number];

/** Directives every page's policy carries, in the <meta> tag and in the header alike. */
export const cspDirectives: CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The header form of the policy. Scripts are files from the site itself ('self') and the two
 * inline scripts, allowed by their hashes (src/lib/theme/theme.ts, src/lib/security/enhance-loader.ts); never 'unsafe-inline'. Styles are inlined for a one-round-trip page, so the header allows inline
 * styles while the per-page <meta> policy pins them to their hashes. `frame-ancestors` works
 * only as a header, never in <meta>.
 */
export const headerPolicy = [
  ...cspDirectives,
  `script-src 'self' '${THEME_SCRIPT_HASH}' '${ENHANCE_LOADER_HASH}'`,
  "style-src 'self' 'unsafe-inline'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': headerPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  // No Cross-Origin-Opener-Policy: `same-origin` buys nothing for a public page with no state or
  // secrets, and costs every reader a browsing-context-group swap: a fresh renderer process and an
  // empty document laid out before the real one (traced in Chromium: about 10 ms of main-thread
  // work before the first paint, and Lighthouse's simulation then counts the page's layout in its
  // largest paint but not in its first). Framing stays forbidden above.
};

/** Hashed build assets never change under the same name. */
export const immutableCaching = 'public, max-age=31536000, immutable';

/** nginx's form of a set of headers: `add_header` lines, sent on errors too (`always`). */
const nginxLines = (headers: Record<string, string>) =>
  Object.entries(headers).map(([name, value]) => `add_header ${name} "${value}" always;`);

/**
 * The nginx recipe's generated includes, written by every build into deploy/nginx/ beside the
 * committed explainer.conf (src/integrations/static-host-files.ts), so a changed inline script
 * never needs a hand edit: the security headers, and the caching of hashed assets (which nginx
 * adds to them, since a location's own add_header drops the ones it inherits).
 */
export function nginxIncludes(): Record<string, string> {
  const generated = '# Written by `astro build` from src/lib/security/security-headers.ts: do not edit.\n';
  return {
    'security-headers.conf': `${generated}${nginxLines(securityHeaders).join('\n')}\n`,
    'hashed-assets.conf': `${generated}${nginxLines({ ...securityHeaders, 'Cache-Control': immutableCaching }).join('\n')}\n`,
  };
}

/** Netlify and Cloudflare Pages `_headers`: security headers everywhere, long caching for hashed assets. */
export function headersFile(base: string): string {
  const lines = (headers: Record<string, string>) => Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [`${base}*`, ...lines(securityHeaders), `${base}_astro/*`, ...lines({ 'Cache-Control': immutableCaching }), ''].join('\n');
}

/**
 * The security headers, in one place: Astro's CSP <meta> (for hosts without headers, such as
 * GitHub Pages), dist/_headers (Netlify, Cloudflare Pages) and the nginx recipe all carry them.
 */

import type { AstroUserConfig } from 'astro';
import { ENHANCE_LOADER_HASH } from './enhance-loader';
import { THEME_SCRIPT_HASH } from './csp-meta';

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
 * The nginx recipe for a build, for the base it was built with: `explainer.conf` to include in a
 * `server { … }` block whose `root` holds the build under the base's folder, and the two includes
 * it reads (the security headers, and the caching of hashed assets, which nginx adds to them
 * since a location's own add_header drops the ones it inherits). Written by every build beside
 * its output (src/integrations/static-host-files.ts), so a changed inline script or base never
 * needs a hand edit.
 */
export function nginxFiles(base: string): Record<string, string> {
  const generated = '# Written by `astro build` from src/lib/security/security-headers.ts: do not edit.\n';
  const folder = base.replace(/\/$/, '');
  const recipe = `${generated}# The site built with --base ${base}. Include it inside your \`server { … }\` block, with \`root\` set
# to the folder that holds ${folder ? `the \`${folder.slice(1)}/\` directory (a copy of dist/)` : 'a copy of dist/'}, and copy the two
# .conf files beside it next to it. The tests serve their sub-path build with exactly these files.

# Redirects${folder ? ` (${folder} -> ${base})` : ''} keep the host and port the reader used.
absolute_redirect off;
charset utf-8;

gzip on;
# Level 6, not nginx's default 1: the article then arrives with its headers in TCP's first flight
# (10 segments, 14,600 bytes); at level 1 it needed a second round trip (tests/e2e/nginx.spec.ts).
gzip_comp_level 6;
# Each edition's article page is built gzipped already (index.html.gz, Zopfli: 5% smaller than
# level 9): sent as it is, it keeps every edition in the first flight.
gzip_static on;
# Caches in between keep the gzipped and the plain copy apart (Vary: Accept-Encoding).
gzip_vary on;
gzip_types text/css application/javascript application/json image/svg+xml application/xml text/xml text/plain;

location ${base} {
    include security-headers.conf;
    try_files $uri $uri/index.html $uri/ =404;
    error_page 404 ${base}404.html;

    # Table downloads: Debian's mime.types has no csv, so the type is set here (utf-8, as written).
    location ~ \\.csv$ {
        include security-headers.conf;
        types { }
        default_type "text/csv; charset=utf-8";
        try_files $uri =404;
    }
}

# Build assets carry a content hash in their names: cache them for a year.
location ${base}_astro/ {
    include hashed-assets.conf;
    try_files $uri =404;
}
${
  folder
    ? `
location = ${folder} {
    include security-headers.conf;
    return 301 ${base};
}
`
    : ''
}`;
  return {
    'explainer.conf': recipe,
    'security-headers.conf': `${generated}${nginxLines(securityHeaders).join('\n')}\n`,
    'hashed-assets.conf': `${generated}${nginxLines({ ...securityHeaders, 'Cache-Control': immutableCaching }).join('\n')}\n`,
  };
}

/** Where a build's nginx recipe goes: a folder beside its output, named after it ("dist" gives "dist-nginx"). */
export const nginxFolder = (outDir: URL): URL => new URL(`../${outDir.pathname.split('/').filter(Boolean).at(-1)}-nginx/`, outDir);

/** Netlify and Cloudflare Pages `_headers`: security headers everywhere, long caching for hashed assets. */
export function headersFile(base: string): string {
  const lines = (headers: Record<string, string>) => Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [`${base}*`, ...lines(securityHeaders), `${base}_astro/*`, ...lines({ 'Cache-Control': immutableCaching }), ''].join('\n');
}

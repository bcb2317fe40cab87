/**
 * Astro's <meta> policy lists a hash for every inline script and style Astro could ever print
 * (its island loader and client directives among them), whether or not the page carries them.
 * Pinned to what the page actually holds, the policy allows less and every page is smaller: the
 * article needs its bytes to arrive in TCP's first flight. Run by src/middleware.ts on every page.
 */
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from '../theme/theme';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
/** Inline scripts and styles: no src attribute. JSON data blocks match too, harmlessly: no policy lists their hashes. */
const INLINE = { 'script-src': /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g, 'style-src': /<style[^>]*>([\s\S]*?)<\/style>/g };

/** The CSP source expression that allows exactly `text` as an inline script or style ('sha256-…' without the quotes). */
export const cspHash = (text: string): `sha256-${string}` => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The theme script's CSP source expression (src/lib/theme/theme.ts), for Astro's <meta> policy and the header policy. */
export const THEME_SCRIPT_HASH = cspHash(THEME_SCRIPT);

/** The page with its meta policy's script and style hashes narrowed to its own inline scripts and styles. */
export function pinPolicyHashes(html: string): string {
  return html.replace(META, (_, start: string, policy: string, end: string) => {
    const pinned = policy.split(';').map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      const inline = INLINE[name as keyof typeof INLINE];
      if (!inline) return directive;
      const onPage = new Set([...html.matchAll(inline)].map((match) => `'${cspHash(match[1]!)}'`));
      return ` ${[name, ...sources.filter((source) => !source.startsWith("'sha256-") || onPage.has(source))].join(' ')}`;
    });
    return `${start}${pinned.join(';')}${end}`;
  });
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFile, immutableCaching, securityHeaders } from '../../src/lib/security/security-headers';

const nginxHeaders = Object.fromEntries(
  [
    ...readFileSync(new URL('../../deploy/nginx/security-headers.conf', import.meta.url), 'utf8').matchAll(
      /^add_header (\S+) "([^"]*)" always;$/gm,
    ),
  ].map(([, name, value]) => [name, value]),
);

describe('security headers', () => {
  it('the nginx recipe sends exactly the headers the site defines', () => expect(nginxHeaders).toEqual(securityHeaders));

  it('the _headers file scopes rules to the base path and caches hashed assets for good', () => {
    const file = headersFile('/explainer/');
    expect(file).toMatch(/^\/explainer\/\*\n {2}Content-Security-Policy: /);
    expect(file).toContain(`/explainer/_astro/*\n  Cache-Control: ${immutableCaching}`);
    expect(file).not.toMatch(/^\/\*$/m);
  });
});

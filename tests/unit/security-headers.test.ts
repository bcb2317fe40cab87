import { describe, expect, it } from 'vitest';
import { headersFile, immutableCaching, nginxIncludes, securityHeaders } from '../../src/lib/security/security-headers';

/** An nginx include's headers, read back as nginx reads its add_header lines. */
const nginxHeaders = (conf: string) =>
  Object.fromEntries([...conf.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map(([, name, value]) => [name, value]));

describe('security headers', () => {
  it('the nginx includes send exactly the headers the site defines, hashed assets cached for good besides', () => {
    const includes = nginxIncludes();
    expect(nginxHeaders(includes['security-headers.conf']!)).toEqual(securityHeaders);
    expect(nginxHeaders(includes['hashed-assets.conf']!)).toEqual({ ...securityHeaders, 'Cache-Control': immutableCaching });
    // Every line is a header line or the comment saying the file is written by the build.
    for (const conf of Object.values(includes)) expect(conf.split('\n').filter((l) => l && !/^(add_header |# )/.test(l))).toEqual([]);
  });

  it('the _headers file scopes rules to the base path and caches hashed assets for good', () => {
    const file = headersFile('/explainer/');
    expect(file).toMatch(/^\/explainer\/\*\n {2}Content-Security-Policy: /);
    expect(file).toContain(`/explainer/_astro/*\n  Cache-Control: ${immutableCaching}`);
    expect(file).not.toMatch(/^\/\*$/m);
  });
});

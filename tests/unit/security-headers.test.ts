import { describe, expect, it } from 'vitest';
import { headersFile, immutableCaching, nginxFiles, nginxFolder, securityHeaders } from '../../src/lib/security/security-headers';

/** An nginx include's headers, read back as nginx reads its add_header lines. */
const nginxHeaders = (conf: string) =>
  Object.fromEntries([...conf.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map(([, name, value]) => [name, value]));

describe('security headers', () => {
  it('the nginx includes send exactly the headers the site defines, hashed assets cached for good besides', () => {
    const files = nginxFiles('/explainer/');
    const includes = { 'security-headers.conf': files['security-headers.conf'], 'hashed-assets.conf': files['hashed-assets.conf'] };
    expect(nginxHeaders(includes['security-headers.conf']!)).toEqual(securityHeaders);
    expect(nginxHeaders(includes['hashed-assets.conf']!)).toEqual({ ...securityHeaders, 'Cache-Control': immutableCaching });
    // Every line is a header line or the comment saying the file is written by the build.
    for (const conf of Object.values(includes)) expect(conf.split('\n').filter((l) => l && !/^(add_header |# )/.test(l))).toEqual([]);
  });

  it('the nginx recipe serves the base the site was built with, and only that', () => {
    for (const base of ['/explainer/', '/news/iraq/', '/']) {
      const recipe = nginxFiles(base)['explainer.conf']!;
      const locations = [...recipe.matchAll(/^location (=? ?\S+) \{$/gm)].map((m) => m[1]);
      const folder = base.slice(0, -1);
      expect(locations, base).toEqual([base, `${base}_astro/`, ...(folder ? [`= ${folder}`] : [])]);
      expect(recipe).toContain(`error_page 404 ${base}404.html;`);
      if (folder) expect(recipe).toContain(`return 301 ${base};`);
    }
  });

  it('the recipe goes in a folder beside the build’s output, named after it', () => {
    expect(nginxFolder(new URL('file:///site/dist/')).href).toBe('file:///site/dist-nginx/');
    expect(nginxFolder(new URL('file:///p/tests/.tmp/www/explainer/')).href).toBe('file:///p/tests/.tmp/www/explainer-nginx/');
  });

  it('the _headers file scopes rules to the base path and caches hashed assets for good', () => {
    const file = headersFile('/explainer/');
    expect(file).toMatch(/^\/explainer\/\*\n {2}Content-Security-Policy: /);
    expect(file).toContain(`/explainer/_astro/*\n  Cache-Control: ${immutableCaching}`);
    expect(file).not.toMatch(/^\/\*$/m);
  });
});

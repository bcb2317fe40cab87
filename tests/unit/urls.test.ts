import { describe, expect, it } from 'vitest';
import { absoluteUrl, normalizeBase, previewImagePath, sharePagePath, sitePath } from '../../src/lib/urls/urls';

describe('normalizeBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/explainer', '/explainer/'],
    ['/explainer/', '/explainer/'],
    ['explainer', '/explainer/'],
    ['//a/b//', '/a/b/'],
  ])('%j becomes %j', (base, expected) => expect(normalizeBase(base)).toBe(expected));
});

describe('sitePath', () => {
  it('joins under the root without a double slash', () => expect(sitePath('/', '/s/x/')).toBe('/s/x/'));
  it('keeps the sub-path whether or not the base ends in a slash', () => {
    expect(sitePath('/explainer', 's/x/')).toBe('/explainer/s/x/');
    expect(sitePath('/explainer/', '/s/x/')).toBe('/explainer/s/x/');
  });
  it('gives the base itself for the home page', () => expect(sitePath('/explainer')).toBe('/explainer/'));
});

describe('absoluteUrl', () => {
  it('puts the base path on the site origin', () => {
    expect(absoluteUrl('https://example.org', '/explainer/', sharePagePath('conclusions'))).toBe(
      'https://example.org/explainer/s/conclusions/',
    );
  });
  it('ignores a path, query or hash written into the site setting', () => {
    expect(absoluteUrl('https://example.org/old/?q=1#x', '/', 'preview.png')).toBe('https://example.org/preview.png');
  });
});

describe('page paths', () => {
  it('gives each section a share page and a preview image', () => {
    expect(sharePagePath('balancing-act')).toBe('s/balancing-act/');
    expect(previewImagePath('balancing-act')).toBe('og/balancing-act.png');
  });
  it('gives the article its own preview image, apart from any section id', () => {
    expect(previewImagePath()).toBe('preview.png');
    // Even a section called "preview" has an image of its own, under og/.
    expect(previewImagePath('preview')).toBe('og/preview.png');
  });
});

import { describe, expect, it } from 'vitest';
import { documentTitle, MAX_TITLE_LENGTH } from '../../src/lib/share/titles';
import { article, titledSections } from '../support/content';

describe('documentTitle', () => {
  it('appends the site name when it fits', () => expect(documentTitle('Short', 'Site')).toBe('Short | Site'));
  it('drops the site name when the two would be too long', () => {
    const title = 'x'.repeat(MAX_TITLE_LENGTH - 5);
    expect(documentTitle(title, 'A site name')).toBe(title);
  });
  it('cuts a title too long on its own at a word, with an ellipsis', () => {
    const title = `${'word '.repeat(20)}end`;
    const result = documentTitle(title, 'Site');
    expect(result.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(result).toMatch(/word…$/);
  });
  it('keeps every real page title within the limit', () => {
    for (const title of [article.title, ...titledSections.map((s) => s.title)]) {
      expect(documentTitle(title, article.siteName).length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    }
  });
});

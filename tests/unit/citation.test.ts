import { describe, expect, it } from 'vitest';
import { bibtexCitation, bibtexEscape, bibtexKey, isolatePieces, plainCitation, type CitationFacts } from '../../src/lib/reuse/citation';
import { article } from '../support/content';
import { wordsOf } from '../support/words';

const en = wordsOf('en');
const ar = wordsOf('ar');

const facts: CitationFacts = {
  siteName: article.siteName,
  title: article.title,
  updated: article.updated,
  url: 'https://example.org/explainer/',
  language: 'en',
};
const day = (date: Date) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(date);

describe('plain-text citation', () => {
  it('names the site, the headline, the updated day and the URL, and leaves the access date to the reader', () => {
    expect(plainCitation(facts, en, day)).toBe(
      `${article.siteName}. “${article.title}.” Updated ${day(facts.updated)}. https://example.org/explainer/. Accessed [date].`,
    );
  });

  it('names no author unless content gives one, then leads with them', () => {
    // Without an author, the site's name comes first, right before the headline.
    expect(plainCitation(facts, en, day).split('. “')[0]).toBe(article.siteName);
    expect(plainCitation({ ...facts, author: 'Jane Doe' }, en, day)).toMatch(new RegExp(`^Jane Doe\\. “.*” ${article.siteName}, updated `));
  });

  it('cuts around the address a right-to-left citation isolates, so the page sets it as one box, and joins back unchanged', () => {
    const text = plainCitation({ ...facts, language: 'ar' }, ar, day);
    const pieces = isolatePieces(text);
    expect(pieces.filter((p) => p.isolate).map((p) => p.text)).toEqual([`\u2066${facts.url}\u2069`]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(isolatePieces(plainCitation(facts, en, day))).toEqual([{ text: plainCitation(facts, en, day), isolate: false }]);
  });

  it('carries no build date', () => {
    const builtOn = { ...facts, updated: new Date('2020-02-02T00:00:00Z') };
    expect(plainCitation(builtOn, en, day)).not.toContain(day(new Date()));
    expect(bibtexCitation(builtOn, en)).not.toContain(new Date().toISOString().slice(0, 10));
  });
});

describe('BibTeX citation', () => {
  const entry = bibtexCitation(facts, en);

  it('is an @online entry keyed by site and year with title, organization, date, url, language and the access note', () => {
    expect(entry).toBe(
      [
        `@online{middleeastexplainer${facts.updated.getUTCFullYear()},`,
        `  title = {{${article.title}}},`,
        `  organization = {${article.siteName}},`,
        `  date = {${facts.updated.toISOString().slice(0, 10)}},`,
        '  url = {https://example.org/explainer/},',
        '  langid = {english},',
        '  note = {Accessed [date]},',
        '}',
      ].join('\n'),
    );
    expect(entry).not.toMatch(/author/);
  });

  it('names the language of an edition as babel and polyglossia do', () => {
    expect(bibtexCitation({ ...facts, language: 'ar' }, en)).toContain('  langid = {arabic},');
  });

  it('adds the author when content names one', () => {
    expect(bibtexCitation({ ...facts, author: 'Jane Doe & Co' }, en)).toContain('  author = {Jane Doe \\& Co},');
  });

  it("escapes TeX's special characters", () => {
    expect(bibtexEscape('50% of A&B: $1 #2 under_score {x} ^ ~ \\')).toBe(
      '50\\% of A\\&B: \\$1 \\#2 under\\_score \\{x\\} \\textasciicircum{} \\textasciitilde{} \\textbackslash{}',
    );
    expect(bibtexCitation({ ...facts, title: 'Rates: 5% & {more}' }, en)).toContain(
      'title = {{Rates: 5\\% & \\{more\\}}}'.replace(' & ', ' \\& '),
    );
  });

  it('has balanced braces, whatever the title holds', () => {
    const awkward = bibtexCitation({ ...facts, title: '}{ unbalanced } text {', siteName: 'Café & Co' }, en);
    const depth = [...awkward.replace(/\\[{}]/g, '')].reduce((d, c) => {
      const next = d + (c === '{' ? 1 : c === '}' ? -1 : 0);
      expect(next).toBeGreaterThanOrEqual(0);
      return next;
    }, 0);
    expect(depth).toBe(0);
  });

  it('keys are plain ASCII: accents folded, spaces and punctuation dropped', () => {
    expect(bibtexKey('Café Explainer: Iraq', new Date('2026-01-01T00:00:00Z'))).toBe('cafeexplaineriraq2026');
    expect(bibtexKey('خبر', new Date('2026-01-01T00:00:00Z'))).toBe('explainer2026');
  });
});

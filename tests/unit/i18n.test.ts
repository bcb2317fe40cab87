import { describe, expect, it } from 'vitest';
import { formatDay, interfaceWords, languageAttributes, textDirection, type WordsData } from '../../src/i18n';
import { editionFolders } from '../support/content';
import { wordsOf } from '../support/words';

const words = (data: Partial<Record<keyof WordsData, unknown>>, locale = 'en') =>
  interfaceWords({ ...wordsData('en'), ...data } as WordsData, locale);
const wordsData = (edition: string) => ({ ...wordsOf(edition) }) as unknown as WordsData;

describe('interface words from content', () => {
  it('puts a phrase’s values where it names them, in the order the site passes them', () => {
    const ui = words({ previewSectionFooter: '{article} — {index}/{total}' });
    expect(ui.previewSectionFooter(2, 6, 'An article')).toBe('An article — 2/6');
  });

  it('writes numbers with the edition’s digits', () => {
    const ui = words({ previewSectionFooter: '{index}/{total} {article}' }, 'fa-IR');
    expect(ui.previewSectionFooter(2, 16, 'x')).toBe('۲/۱۶ x');
  });

  it('chooses a counted phrase’s form by the locale’s plural category', () => {
    const forms = { one: 'one: {count}', other: 'other: {count}' };
    const ui = words({ sectionCount: forms });
    expect(ui.sectionCount(1)).toBe('one: 1');
    expect(ui.sectionCount(7)).toBe('other: 7');
  });

  it('cites with the author only when there is one', () => {
    const ui = words({ citation: 'C {site} {title} {updated} {url}', citationWithAuthor: 'A {author} {site} {title} {updated} {url}' });
    const values = { site: 's', title: 't', updated: 'u', url: 'l' };
    expect(ui.citation(values)).toBe('C s t u l');
    expect(ui.citation({ ...values, author: 'a' })).toBe('A a s t u l');
  });
});

describe('each edition’s interface words', () => {
  const original = wordsOf('en');
  for (const edition of editionFolders.filter((e) => e !== 'en')) {
    it(`${edition}: every key of the original’s, and nothing in Latin letters but the format names`, () => {
      const ui = wordsOf(edition);
      expect(Object.keys(ui).sort()).toEqual(Object.keys(original).sort());
      const plain = Object.entries(ui).flatMap(([key, value]) =>
        typeof value === 'string' && !['downloadCsv', 'downloadJson', 'citeBibtex'].includes(key) ? [value] : [],
      );
      for (const word of plain) expect(word, word).not.toMatch(/[A-Za-z]/);
    });
  }
});

describe('direction', () => {
  it('comes from the language, unless content states one', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('ar-IQ')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection('ar', 'ltr')).toBe('ltr');
    expect(textDirection('en', 'rtl')).toBe('rtl');
  });

  it('marks words in another language than the page’s, and nothing otherwise', () => {
    expect(languageAttributes('en', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(languageAttributes('ar', 'ar')).toEqual({});
  });
});

describe('Arabic counts and dates for Iraqi readers', () => {
  const ar = wordsOf('ar');
  it('agrees counted nouns with their number, in Arabic-Indic digits', () => {
    expect(ar.sectionCount(2)).toBe('قسمان');
    expect(ar.sectionCount(6)).toBe('٦ أقسام');
    expect(ar.sectionCount(11)).toBe('١١ قسما');
    expect(ar.readingTime(1)).toBe('مدة القراءة: دقيقة واحدة');
    expect(ar.readingTime(8)).toBe('مدة القراءة: ٨ دقائق');
  });

  it('writes dates with the month names used in Iraq', () => {
    expect(formatDay(new Date('2026-11-26T00:00:00Z'), 'ar-IQ')).toBe('٢٦ تشرين الثاني ٢٠٢٦');
  });
});

describe('Persian dates for Iranian readers', () => {
  it('writes a day in the Solar Hijri calendar with Persian month names and digits', () => {
    // 26 November 2026 is 5 Azar 1405.
    expect(formatDay(new Date('2026-11-26T00:00:00Z'), 'fa-IR')).toBe('۵ آذر ۱۴۰۵');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay, languageAttributes, textDirection, uiStrings } from '../../src/i18n';
import { ar } from '../../src/i18n/ar';
import { en } from '../../src/i18n/en';

afterEach(() => vi.restoreAllMocks());

describe('interface strings by language', () => {
  it('serves a regional tag with its language’s module (ar-IQ reads ar)', () => {
    expect(uiStrings('ar-IQ')).toBe(ar);
    expect(uiStrings('ar')).toBe(ar);
    expect(uiStrings('en-GB')).toBe(en);
  });

  it('falls back to English for a language without a module, warning once per language', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(uiStrings('fa')).toBe(en);
    expect(uiStrings('fa')).toBe(en);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('"fa"');
  });

  it('gives the Arabic module every key of the English one, nothing English in its words', () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    const words = Object.entries(ar).flatMap(([key, value]) =>
      typeof value === 'string' && !['downloadCsv', 'downloadJson', 'citeBibtex'].includes(key) ? [value] : [],
    );
    for (const word of words) expect(word, word).not.toMatch(/[A-Za-z]/);
    expect(words.filter((word) => /[\u0600-\u06ff]/.test(word)).length).toBeGreaterThan(words.length - 3);
  });
});

describe('direction', () => {
  it('comes from the language, unless content states one', () => {
    expect(textDirection('ar')).toBe('rtl');
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
  it('agrees counted nouns with their number, in Arabic-Indic digits', () => {
    expect(ar.sectionCount(2)).toBe('قسمان');
    expect(ar.sectionCount(6)).toBe('٦ أقسام');
    expect(ar.sectionCount(11)).toBe('١١ قسما');
    expect(ar.readingTime(1)).toBe('قراءة في دقيقة واحدة');
    expect(ar.readingTime(8)).toBe('قراءة في ٨ دقائق');
  });

  it('writes dates with the month names used in Iraq', () => {
    expect(formatDay(new Date('2026-11-26T00:00:00Z'), 'ar-IQ')).toBe('٢٦ تشرين الثاني ٢٠٢٦');
  });
});

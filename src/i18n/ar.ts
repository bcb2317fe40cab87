/**
 * The interface's words in Arabic (Modern Standard Arabic, news register): the same shape as
 * ./en.ts. Numbers are written with Arabic-Indic digits, and counted nouns agree with their
 * number as Arabic grammar requires (Intl.PluralRules: zero, one, two, few, many, other).
 */
import type { ScriptStrings, UiStrings } from './en';

const numbers = new Intl.NumberFormat('ar-IQ');
const plurals = new Intl.PluralRules('ar');

/** A number as the reader sees it: ٦، ١١، ١٠٠. */
const num = (n: number): string => numbers.format(n);

/** The phrase for a count, by the number's Arabic plural category. */
type CountForms = Record<Intl.LDMLPluralRule, (n: string) => string>;
const counted = (n: number, forms: CountForms): string => forms[plurals.select(n)](num(n));

/** "sections" after a number, as a phrase on its own: قسمان، ٦ أقسام، ١١ قسما، ١٠٠ قسم. */
const sections: CountForms = {
  zero: () => 'لا أقسام',
  one: () => 'قسم واحد',
  two: () => 'قسمان',
  few: (n) => `${n} أقسام`,
  many: (n) => `${n} قسما`,
  other: (n) => `${n} قسم`,
};

/** The same after a preposition (genitive): من قسمين، من ٦ أقسام. */
const ofSections: CountForms = {
  zero: () => 'من دون أقسام',
  one: () => 'من قسم واحد',
  two: () => 'من قسمين',
  few: (n) => `من ${n} أقسام`,
  many: (n) => `من ${n} قسما`,
  other: (n) => `من ${n} قسم`,
};

/** Reading time: قراءة في دقيقة واحدة، في دقيقتين، في ٥ دقائق، في ١١ دقيقة. */
const readingMinutes: CountForms = {
  zero: () => 'قراءة في أقل من دقيقة',
  one: () => 'قراءة في دقيقة واحدة',
  two: () => 'قراءة في دقيقتين',
  few: (n) => `قراءة في ${n} دقائق`,
  many: (n) => `قراءة في ${n} دقيقة`,
  other: (n) => `قراءة في ${n} دقيقة`,
};

/** The words the enhancement script shows: the same keys as en.ts's `enScript`. */
export const arScript = {
  copyLink: 'نسخ الرابط',
  share: 'مشاركة',
  copied: 'تم النسخ',
  linkCopied: 'تم نسخ الرابط',
  copySelected: 'نسخ النص المحدد',
  linkField: 'رابط هذا القسم',
  controlName: (action: string, what: string) => `${action}: ${what}`,
} satisfies ScriptStrings;

export const ar = {
  /** The language's own name: the other editions' headers link here with it. */
  languageName: 'العربية',
  /** Reading rate for the reading-time estimate, in words a minute: Arabic in the same IReST study as en.ts's figure (138 ± 20; Trauzettel-Klosinski & Dietz, 2012). */
  wordsPerMinute: 138,
  skipLink: 'انتقل إلى المقال',
  contents: 'المحتويات',
  backToTop: 'العودة إلى الأعلى',
  /** Not a middle dot: beside Arabic-Indic digits it reads as a zero (٢٠٢٦ · ٦). */
  separator: '|',
  /** The meta line under the headline. */
  sectionCount: (count: number) => counted(count, sections),
  readingTime: (minutes: number) => counted(minutes, readingMinutes),
  updated: 'آخر تحديث',
  published: 'نشر في',
  /** Printed at the foot of every page. */
  thisPage: 'هذه الصفحة:',

  permalink: (title: string) => `رابط القسم: ${title}`,
  ...arScript,

  sectionOf: (article: string) => `قسم من «${article}»`,
  readSectionInArticle: 'اقرأ هذا القسم في المقال',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundHeading: 'هذه الصفحة غير موجودة',
  notFoundText: 'ربما كتب الرابط بشكل خاطئ، أو ربما نقلت الصفحة إلى مكان آخر. كل ما في هذا الموقع مقال واحد:',
  sectionsOfArticle: 'أقسام المقال',

  /** Link previews (1200×630 images and their text alternatives). */
  previewFooter: (sections: number) => `مقال تفسيري ${counted(sections, ofSections)}`,
  previewSectionFooter: (index: number, total: number, article: string) => `القسم ${num(index)} من ${num(total)} في «${article}»`,
  previewSectionAlt: (title: string, index: number, total: number, article: string) =>
    `${title}: القسم ${num(index)} من أصل ${num(total)} في «${article}»`,
  previewWithDiagram: (alt: string, diagram: string) => `${alt}، مع رسم توضيحي. ${diagram}`,

  atAGlance: 'باختصار',
  readSection: 'اقرأ:',

  diagramSameAsTable: 'يعرض الجدول أدناه المعلومات نفسها.',
  diagramTableLink: 'انتقل إلى الجدول',
  /** The diagram's description, one part a link and one the centre (the caller ends each as a sentence). */
  diagramLink: (from: string, to: string, label: string) => `من ${from} إلى ${to}: ${label}`,
  diagramCentre: (name: string, note: string) => `${name}: ${note}`,

  downloadTable: 'تنزيل هذا الجدول:',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  downloadName: (format: string, caption: string) => `تنزيل بصيغة ${format}: ${caption}`,

  cite: 'الاستشهاد بهذا المقال',
  citePlain: 'نص عادي',
  citeBibtex: 'BibTeX',
  copy: 'نسخ',
  citationCopied: 'تم نسخ صيغة الاستشهاد',
  accessed: 'تاريخ الاطلاع: [التاريخ]',
  reuse: 'إعادة الاستخدام:',
  /** The plain-text citation before its "Accessed" placeholder; `updated` is written as the language writes dates. */
  // The address is isolated left to right (U+2066 … U+2069), or the bidi algorithm moves its slashes and the full stop after it.
  citation: ({ author, site, title, updated, url }: { author?: string; site: string; title: string; updated: string; url: string }) =>
    author
      ? `${author}. «${title}». ${site}، آخر تحديث ${updated}. \u2066${url}\u2069.`
      : `${site}. «${title}». آخر تحديث ${updated}. \u2066${url}\u2069.`,

  /** A translation says so near its top, with a link to the original. */
  translationNote: 'هذه ترجمة للنص الإنجليزي الأصلي.',
  translationNoteLink: 'اقرأ النص الأصلي بالإنجليزية',
  /** A translated section or table whose original changed since it was translated. */
  sectionOutdated: 'تغير النص الإنجليزي لهذا القسم منذ إعداد هذه الترجمة.',
  tableOutdated: 'تغير النص الإنجليزي لهذا الجدول منذ إعداد هذه الترجمة.',
  /** A section or table not translated yet, shown in the original. */
  untranslatedSection: 'لم يترجم هذا القسم بعد، ولذلك يعرض بنصه الإنجليزي الأصلي.',
  untranslatedTable: 'لم يترجم هذا الجدول بعد، ولذلك يعرض بنصه الإنجليزي الأصلي.',
  readEnglishSection: 'اقرأ القسم بالإنجليزية',

  theme: 'المظهر',
  themeSystem: 'حسب النظام',
  themeLight: 'فاتح',
  themeDark: 'داكن',
} satisfies UiStrings;

import { getCollection, type CollectionEntry } from 'astro:content';
import { COUNTED, interfaceWords, pluralCategories, textDirection, type UiStrings } from '../../i18n';
import { EDITION_FILE, editionContent, editionPath, editionPaths, EDITIONS, ORIGINAL, type Edition } from './editions';
import {
  assertNoProblems,
  checkGlance,
  checkIdClaims,
  checkSections,
  ContentError,
  findExcerpt,
  type IdClaim,
  type SectionFacts,
} from './integrity';
import { loadedLiveContent } from './live-content';
import { CONTENT_PROBLEM_ID, type ContentProblem } from './loaders';
import { PAGE_IDS, rowFragment, tableIds } from '../urls/page-ids';
import { absoluteHref } from '../urls/urls';
import { readingMinutes, sectionDoc, type SectionDoc } from './section-doc';
import {
  checkGlossary,
  checkSectionShape,
  checkTableShape,
  sectionSourceHash,
  tableSourceHash,
  type GlossaryTerm,
  type TranslationState,
} from './translation';

type TableEntry = CollectionEntry<'tables'>;

/** One row of a table: its id, its position and one cell per column field. */
export type TableRow = TableEntry['data']['rows'][number];

/** How a part of a translated edition stands: `undefined` in the original. */
interface Translated {
  /** The language of the words shown: the edition's, or the original's where a translation is missing. */
  lang: string;
  /** In a translation: current, outdated (the original changed since) or missing (shown in the original). */
  translation?: TranslationState;
}

/** A table from content/tables/ (words from the edition's translation), its rows in order. */
export interface Table extends Omit<TableEntry['data'], 'rows'>, Translated {
  /** The file name without extension; `<Table id="…" />` names it. */
  id: string;
  /** Where its words are written, for messages. */
  file: string;
  rows: TableRow[];
}

/** A section with a heading: every section but the lede. */
export interface HeadedSection {
  id: string;
  title: string;
  summary: string;
}

/** A section in reading order, in the edition's words (or the original's, where untranslated). */
export interface Section extends Translated {
  id: string;
  /** The heading; only the lede has none. */
  title?: string | undefined;
  summary: string;
  /** Older ids that must keep landing on it (the original's). */
  aliases: string[];
  /** Where its words are written, for messages. */
  file: string;
  /** What `render()` renders. */
  entry: CollectionEntry<'sections'> | CollectionEntry<'sectionTranslations'>;
  /** Its MDX as the parser reads it. */
  doc: SectionDoc;
}

/** One "At a glance" point: the article's own words and the section they come from. */
export interface GlancePoint {
  text: string;
  section: HeadedSection;
}

/** What content/<lang>/edition.yaml says of an edition: its language, locale, name, reading rate and fonts. */
export type EditionFacts = CollectionEntry<'editions'>['data'];

/** The article's facts (article.yaml) with its edition's (edition.yaml). */
export type ArticleMeta = CollectionEntry<'article'>['data'] & EditionFacts;

export interface Article {
  /** Which edition this is: its folder under content/ and its path under the base. */
  edition: Edition;
  meta: ArticleMeta;
  /** The locale dates and numbers are written in, with its calendar and digits (content's `locale`, else its `language`). */
  locale: string;
  /** Sections in reading order; the first is the untitled lede. */
  sections: Section[];
  /** The headed sections in reading order: what the contents, share pages and previews list. */
  headed: HeadedSection[];
  /** Tables by id, each with its rows in order. */
  tables: Map<string, Table>;
  /** "At a glance": the points in the article's order. */
  glance: GlancePoint[];
  /** Minutes the article's prose takes to read at the edition's reading rate. */
  readingMinutes: number;
  /** The writing direction of the article's language (or the one content states). */
  dir: 'ltr' | 'rtl';
  /** The interface's words in the edition's language (its interface.yaml). */
  ui: UiStrings;
  /** The edition's article page, absolute on the configured site: its canonical URL, and what citations, JSON-LD and downloads name. */
  url: string;
  /** Every edition published, the original first, as the language links name them. */
  editions: EditionName[];
}

/** An edition as another edition's pages link to it: by its path, in its own language. */
export interface EditionName {
  edition: Edition;
  language: string;
  /** Its name in its own language ("فارسی"). */
  name: string;
  /** Its article page's URL (its `Article.url`). */
  url: string;
}

/** Everything content/ holds, as the collections give it. */
interface Collections {
  editions: CollectionEntry<'editions'>[];
  interfaceWords: CollectionEntry<'interfaceWords'>[];
  article: CollectionEntry<'article'>[];
  sections: CollectionEntry<'sections'>[];
  sectionTranslations: CollectionEntry<'sectionTranslations'>[];
  tables: CollectionEntry<'tables'>[];
  tableTranslations: CollectionEntry<'tableTranslations'>[];
  atAGlance: CollectionEntry<'atAGlance'>[];
  glossary: CollectionEntry<'glossary'>[];
}

async function readCollections(): Promise<Collections> {
  const names = ['editions', 'interfaceWords', 'article', 'sections', 'sectionTranslations', 'tables', 'tableTranslations', 'atAGlance', 'glossary'] as const;
  const collections = (lists: unknown[]) => Object.fromEntries(names.map((name, i) => [name, lists[i]])) as unknown as Collections;
  // In `astro dev`, the loaders' own last loads, made current with the files first (src/lib/content/live-content.ts).
  const live = import.meta.env.DEV ? loadedLiveContent() : undefined;
  if (live && names.every((name) => live.loaders.has(name))) {
    await live.settle();
    return collections(
      names.map((name) => {
        const load = live.loads.get(name);
        if (load?.problem !== undefined) throw new ContentError(load.problem);
        return (load?.entries ?? []).map((entry) => ({ ...entry, collection: name }));
      }),
    );
  }
  const lists = await Promise.all(names.map((name) => getCollection(name)));
  // In `astro dev`, a strict loader keeps invalid content as a placeholder entry: show its error.
  for (const entries of lists) {
    const problem = entries.find((entry) => entry.id === CONTENT_PROBLEM_ID);
    if (problem) throw new ContentError((problem.data as unknown as ContentProblem).message);
  }
  return collections(lists);
}

/** A section file's MDX, parsed; a syntax error names the file. */
function parse(file: string, body: string | undefined): SectionDoc {
  try {
    return sectionDoc(body ?? '');
  } catch (error) {
    throw new ContentError(`${file}: the MDX cannot be read: ${(error as Error).message}`);
  }
}

const sectionFacts = (s: Section): SectionFacts => ({ file: s.file, id: s.id, order: 0, title: s.title, body: s.entry.body ?? '' });

/** Every id the page will carry, with who sets it. */
function idClaims(sections: Section[], tables: Table[]): IdClaim[] {
  return [
    ...Object.values(PAGE_IDS).map((id) => ({ id, file: 'src/lib/urls/page-ids.ts', field: 'PAGE_IDS' })),
    ...sections.flatMap((s) => [
      { id: s.id, file: s.file, field: 'id' },
      ...s.aliases.map((id) => ({ id, file: s.file, field: 'aliases' })),
    ]),
    ...tables.flatMap((t) => [
      ...Object.values(tableIds(t.id)).map((id) => ({ id, file: t.file, field: 'the table id (its file name)' })),
      ...t.rows.map((r) => ({ id: rowFragment(t.rowIdPrefix, r.id), file: t.file, field: 'rowIdPrefix + rows.id' })),
    ]),
  ];
}

/** The original's sections and tables, checked: what every edition is built on. */
function readOriginal(content: Collections, lang: string) {
  const sectionEntries = [...content.sections].sort((a, b) => a.data.order - b.data.order);
  const sections = sectionEntries.map((entry): Section => {
    const file = entry.filePath ?? `content/sections (id "${entry.id}")`;
    const { title, summary, aliases } = entry.data;
    return { id: entry.id, title, summary, aliases, file, entry, doc: parse(file, entry.body), lang };
  });
  const tables = content.tables.map((entry): Table => ({
    ...entry.data,
    id: entry.id,
    file: entry.filePath ?? `content/tables/${entry.id}.yaml`,
    rows: [...entry.data.rows].sort((a, b) => a.order - b.order),
    lang,
  }));
  assertNoProblems([
    ...checkSections(
      sectionEntries.map((entry, i) => ({ ...sectionFacts(sections[i]!), order: entry.data.order })),
      new Set(tables.map((t) => t.id)),
      new Set(tables.filter((t) => t.diagram).map((t) => t.id)),
    ),
    ...checkIdClaims(idClaims(sections, tables)),
  ]);
  return { sections, tables };
}

type Original = ReturnType<typeof readOriginal> & { meta: CollectionEntry<'article'>['data'] };

/** A translation's sections: each original section in the edition's words where it has them. */
function translateSections(edition: Edition, content: Collections, original: Original, problems: string[]): Section[] {
  const glossary = glossaryOf(edition, content, problems);
  const byId = new Map(content.sectionTranslations.filter((t) => t.id.startsWith(`${edition}/`)).map((t) => [t.data.id, t]));
  for (const [id, entry] of byId) {
    if (!original.sections.some((s) => s.id === id))
      problems.push(`${entry.filePath}: field "id" value "${id}" names no section of the original`);
  }
  return original.sections.map((source): Section => {
    const entry = byId.get(source.id);
    if (!entry) return { ...source, translation: 'missing' };
    const file = entry.filePath ?? `${editionContent(edition)}sections (id "${source.id}")`;
    const section: Section = {
      ...source,
      title: entry.data.title,
      summary: entry.data.summary,
      file,
      entry,
      doc: parse(file, entry.body),
      lang: edition,
    };
    const current = entry.data.sourceHash === sectionSourceHash(source);
    if (current) {
      problems.push(...checkSectionShape(file, source, section));
      if (glossary) {
        const words = (s: Section) => [s.title ?? '', s.summary, s.doc.text].join(' ');
        problems.push(...checkGlossary(file, glossary, words(source), words(section)));
      }
    }
    return { ...section, translation: current ? 'current' : 'outdated' };
  });
}

/** A translation's glossary, each term checked to give the original's form and this edition's, under their languages' keys. */
function glossaryOf(edition: Edition, content: Collections, problems: string[]) {
  const entry = content.glossary.find((g) => g.id === edition);
  if (!entry) return undefined;
  const file = entry.filePath ?? `${editionContent(edition)}glossary.yaml`;
  const terms = entry.data.terms.flatMap((term, i): GlossaryTerm[] => {
    const keys = Object.keys(term);
    const wrong = keys.filter((key) => key !== ORIGINAL && key !== edition);
    const missing = [ORIGINAL, edition].filter((key) => !keys.includes(key));
    if (wrong.length === 0 && missing.length === 0) return [{ original: term[ORIGINAL]!, translation: term[edition]! }];
    problems.push(
      `${file}: field "terms.${i}" must give the term as "${ORIGINAL}" (the original's language) and "${edition}" (this edition's)` +
        (missing.length ? `; it has no ${missing.map((k) => `"${k}"`).join(', ')}` : '') +
        (wrong.length ? `; ${wrong.map((k) => `"${k}"`).join(', ')} is neither` : ''),
    );
    return [];
  });
  return { file, terms };
}

/** A translation's tables: the original's rows and columns with the edition's words, or the original's words where the shapes no longer agree. */
function translateTables(edition: Edition, content: Collections, original: Original, problems: string[]): Table[] {
  const byId = new Map(
    content.tableTranslations.filter((t) => t.id.startsWith(`${edition}/`)).map((t) => [t.id.slice(edition.length + 1), t]),
  );
  for (const [id, entry] of byId) {
    if (!original.tables.some((t) => t.id === id))
      problems.push(`${entry.filePath}: names no table of the original (content/tables/${id}.yaml)`);
  }
  return original.tables.map((source): Table => {
    const entry = byId.get(source.id);
    if (!entry) return { ...source, translation: 'missing' };
    const file = entry.filePath ?? `${editionContent(edition)}tables/${source.id}.yaml`;
    const current = entry.data.sourceHash === tableSourceHash(source);
    const shape = checkTableShape(file, source, entry.data);
    if (current) problems.push(...shape);
    // An outdated translation whose rows or columns no longer match the original is not shown half-translated.
    else if (shape.length > 0) return { ...source, translation: 'missing' };
    const { columns, rows, caption } = entry.data;
    return {
      ...source,
      file,
      caption,
      columns: source.columns.map((c) => ({ ...c, label: columns[c.field] ?? c.label })),
      rows: source.rows.map((r) => ({ ...r, ...rows[r.id] })),
      lang: edition,
      translation: current ? 'current' : 'outdated',
    };
  });
}

/** One edition, checked: its sections, tables, At a glance points and words. */
function buildEdition(edition: Edition, content: Collections, original: Original): Omit<Article, 'editions' | 'url'> {
  const metaEntry = content.article.find((a) => a.id === edition);
  if (!metaEntry) throw new ContentError(`${editionContent(edition)}article.yaml: the file is missing`);
  const facts = editionFacts(edition, content);
  const locale = facts.locale ?? facts.language;
  const words = wordsOf(edition, content, locale);
  const problems: string[] = [];
  const translated = edition !== ORIGINAL;
  const sections = translated ? translateSections(edition, content, original, problems) : original.sections;
  const tables = translated ? translateTables(edition, content, original, problems) : original.tables;
  // A translation inherits what is not a matter of words: who wrote it, when it was first published, its licence.
  const { author, published, license } = original.meta;
  const meta: ArticleMeta = { ...(translated ? { author, published, license, ...metaEntry.data } : metaEntry.data), ...facts };

  const glanceEntry = content.atAGlance.find((g) => g.id === edition);
  const glanceFile = glanceEntry?.filePath ?? `${editionContent(edition)}at-a-glance.yaml`;
  // A point of a section shown in the original's words would not be this edition's words: it waits for the translation.
  const points = (glanceEntry?.data.points ?? []).filter((p) => sections.find((s) => s.id === p.section)?.translation !== 'missing');
  problems.push(...checkGlance(glanceFile, points, sections.map(sectionFacts)));
  assertNoProblems(problems);

  const headed = sections.flatMap(({ id, title, summary }) => (title ? [{ id, title, summary }] : []));
  // In the article's order: by section, then by where in the section the words stand.
  const glance = points
    .map((point) => {
      const index = sections.findIndex((s) => s.id === point.section);
      return { point, index, at: findExcerpt(sections[index]!.doc.text, point.text).at };
    })
    .sort((a, b) => a.index - b.index || a.at - b.at)
    .map(({ point }) => ({ text: point.text, section: headed.find((h) => h.id === point.section)! }));

  return {
    edition,
    meta,
    locale,
    sections,
    headed,
    tables: new Map(tables.map((t) => [t.id, t])),
    glance,
    readingMinutes: readingMinutes(
      sections.reduce((sum, s) => sum + s.doc.words, 0),
      meta.readingRate.wordsPerMinute,
    ),
    dir: textDirection(meta.language, meta.direction),
    ui: interfaceWords(words, locale),
  };
}

/** An edition's edition.yaml, checked: a translation's language is its folder's name, so paths, hreflang and lang agree. */
function editionFacts(edition: Edition, content: Collections): EditionFacts {
  const entry = content.editions.find((e) => e.id === edition);
  const file = entry?.filePath ?? `${editionContent(edition)}${EDITION_FILE}`;
  if (!entry) throw new ContentError(`${file}: the file is missing`);
  if (entry.data.language !== edition)
    throw new ContentError(`${file}: field "language" is "${entry.data.language}", but the edition's folder is "${edition}": name the folder after the language`);
  return entry.data;
}

/** An edition's interface words, checked: every counted phrase has exactly the plural forms its locale counts with. */
function wordsOf(edition: Edition, content: Collections, locale: string): CollectionEntry<'interfaceWords'>['data'] {
  const entry = content.interfaceWords.find((e) => e.id === edition);
  const file = entry?.filePath ?? `${editionContent(edition)}interface.yaml`;
  if (!entry) throw new ContentError(`${file}: the file is missing: every edition states its interface words (see content/interface.yaml)`);
  const categories = pluralCategories(locale);
  const problems = COUNTED.flatMap((name) => {
    const forms = Object.keys(entry.data[name]);
    const missing = categories.filter((c) => !forms.includes(c));
    const extra = forms.filter((c) => !categories.includes(c as Intl.LDMLPluralRule));
    const expected = `${locale} counts with ${categories.join(', ')}`;
    return [
      ...(missing.length ? [`${file}: field "${name}" has no ${missing.map((c) => `"${c}"`).join(', ')} form (${expected})`] : []),
      ...(extra.length ? [`${file}: field "${name}" has ${extra.map((c) => `"${c}"`).join(', ')}, not a plural form of ${locale} (${expected})`] : []),
    ];
  });
  assertNoProblems(problems);
  return entry.data;
}

function buildEditions(content: Collections): Map<Edition, Article> {
  const meta = content.article.find((a) => a.id === ORIGINAL)?.data;
  if (!meta) throw new ContentError(`${editionContent(ORIGINAL)}article.yaml: the file is missing`);
  // The original's id is its language, read from content/edition.yaml (editions.ts).
  const original = { meta, ...readOriginal(content, ORIGINAL) };
  const editions = EDITIONS.map((edition) => ({ ...buildEdition(edition, content, original), url: absoluteHref(editionPath(edition)) }));
  const names = editions.map(({ edition, meta, url }) => ({ edition, language: meta.language, name: meta.name, url }));
  return new Map(editions.map((article) => [article.edition, { ...article, editions: names }]));
}

/** The content's version in `astro dev`: every entry's id, digest (a save changes it) and file (a rename changes only that, and Astro renders by file). */
const contentKey = (content: Collections): string =>
  Object.values(content)
    .flat()
    .map(
      (entry: { collection: string; id: string; digest?: string | number; filePath?: string }) =>
        `${entry.collection}/${entry.id}@${entry.digest ?? ''}:${entry.filePath ?? ''}`,
    )
    .join('\n');

let memo: { key: string; editions: Map<Edition, Article> | Error } | undefined;

/**
 * One edition of the article, checked against the integrity rules. Worked out once for all
 * editions: once per build, and in `astro dev` once per change to content/ (each request reads
 * the collections' digests, so an editor sees each save, and each error, in the next request).
 * Pages call it and hand the article to their components (`Astro.locals.article`); nothing else
 * loads content.
 */
export async function getArticle(edition: Edition = ORIGINAL): Promise<Article> {
  if (!memo || import.meta.env.DEV) {
    const content = await readCollections();
    const key = import.meta.env.DEV ? contentKey(content) : '';
    if (memo?.key !== key) {
      let editions: Map<Edition, Article> | Error;
      try {
        editions = buildEditions(content);
      } catch (error) {
        editions = error as Error;
      }
      memo = { key, editions };
    }
  }
  if (memo.editions instanceof Error) throw memo.editions;
  return memo.editions.get(edition)!;
}

/** One edition's route parameter and props, as `editionPaths()` gives them. */
type EditionRoute = ReturnType<typeof editionPaths>[number];

/**
 * Static paths under src/pages/[...edition]/, any number per edition: `each` makes an edition's
 * from its article and its route (parameter and props), and the editions' lists are joined.
 */
export async function pathsPerEdition<Path>(each: (article: Article, route: EditionRoute) => Path[]): Promise<Path[]> {
  return (await Promise.all(editionPaths().map(async (route) => each(await getArticle(route.props.edition), route)))).flat();
}

/** One static path per edition and table, `{ edition, table }`: the data downloads' routes. */
export const tablePaths = () =>
  pathsPerEdition((article, { params, props }) => [...article.tables.keys()].map((table) => ({ params: { ...params, table }, props })));

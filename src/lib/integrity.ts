/**
 * Content rules that Astro does not enforce by itself. Each check returns messages that name the
 * file and the field, so an editor knows exactly what to fix; `assertNoProblems` stops the build.
 */

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Throws one ContentError listing every problem, so an editor sees them all in one build. */
export function assertNoProblems(problems: string[]): void {
  if (problems.length > 0) {
    throw new ContentError(`Content is invalid; the site was not built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Values seen more than once, each with every place it was seen. */
function duplicates<T>(items: T[], key: (item: T) => string | number): Map<string | number, T[]> {
  const seen = new Map<string | number, T[]>();
  for (const item of items) {
    const k = key(item);
    seen.set(k, [...(seen.get(k) ?? []), item]);
  }
  return new Map([...seen].filter(([, group]) => group.length > 1));
}

/** Where an id was found ("content/actors.yaml: row 2", a section's file) and its raw value. */
export interface IdSite {
  where: string;
  id: unknown;
}

/**
 * Every item needs a non-empty string `id`, unique among its siblings. Astro drops a data row
 * without `id` with only a log line and lets a later duplicate replace an earlier one; both must
 * stop the build instead.
 */
export function checkIds(sites: IdSite[]): string[] {
  const problems = sites
    .filter((s) => typeof s.id !== 'string' || s.id.trim() === '')
    .map((s) => `${s.where}: field "id" is missing or empty`);
  const named = sites.filter((s): s is IdSite & { id: string } => typeof s.id === 'string' && s.id.trim() !== '');
  for (const [id, group] of duplicates(named, (s) => s.id)) {
    problems.push(`field "id" value "${id}" is used more than once: ${group.map((s) => s.where).join(' and ')}`);
  }
  return problems;
}

/** Rows of a YAML data file (`file()` loader): a list of mappings with unique ids. */
export function checkDataRows(file: string, rows: unknown): string[] {
  if (!Array.isArray(rows)) return [`${file}: must be a list of rows (YAML "- id: …" items)`];
  const notMappings = rows.flatMap((row: unknown, index) =>
    typeof row === 'object' && row !== null && !Array.isArray(row) ? [] : [`${file}: row ${index + 1}: must be a mapping of fields`],
  );
  if (notMappings.length > 0) return notMappings;
  return checkIds(rows.map((row: Record<string, unknown>, index) => ({ where: `${file}: row ${index + 1}`, id: row.id })));
}

/** What the integrity rules need to know of one section. */
export interface SectionFacts {
  file: string;
  id: string;
  order: number;
  title?: string | undefined;
  aliases: string[];
  body: string;
}

/** Table ids that a section body places with `<Table id="…" />`. */
export function tableReferences(body: string): string[] {
  return [...body.matchAll(/<Table\b[^>]*\bid=["']([^"']*)["']/g)].map((m) => m[1] ?? '');
}

/**
 * Rules across sections: unique order, a non-empty body, a title on every section but the
 * untitled lede (the first one), aliases that collide with no id, and known table references.
 * `otherFragments` are the page's other fragment ids (table rows) with their files; aliases must not reuse them.
 */
export function checkSections(
  sections: SectionFacts[],
  tableIds: Set<string>,
  otherFragments: { fragment: string; file: string }[] = [],
): string[] {
  const problems: string[] = [];
  if (sections.length === 0) return ['content/sections: no section files found'];
  for (const [order, group] of duplicates(sections, (s) => s.order)) {
    problems.push(`${group.map((s) => s.file).join(' and ')}: field "order" value ${order} is used more than once`);
  }
  const first = Math.min(...sections.map((s) => s.order));
  for (const s of sections) {
    if (s.body.replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, '').trim() === '') {
      problems.push(`${s.file}: the section body is empty`);
    }
    if (!s.title && s.order !== first) {
      problems.push(`${s.file}: field "title" is required (only the first section, the lede, may omit it)`);
    }
    for (const ref of tableReferences(s.body)) {
      if (!tableIds.has(ref)) problems.push(`${s.file}: <Table id="${ref}" /> names no table in content/tables.yaml`);
    }
  }
  const fragments = [
    ...sections.map((s) => ({ fragment: s.id, file: s.file, field: 'id', sectionId: true })),
    ...sections.flatMap((s) => s.aliases.map((a) => ({ fragment: a, file: s.file, field: 'aliases', sectionId: false }))),
    ...otherFragments.map((f) => ({ ...f, field: 'id', sectionId: false })),
  ];
  for (const [fragment, group] of duplicates(fragments, (f) => f.fragment)) {
    // Two sections with one id are already stopped, with both files named, by the sections loader.
    if (group.every((g) => g.sectionId)) continue;
    const aliasUse = group.find((g) => g.field === 'aliases') ?? group[0]!;
    const others = group.filter((g) => g !== aliasUse).map((g) => `${g.field} in ${g.file}`);
    problems.push(`${aliasUse.file}: field "${aliasUse.field}" value "${fragment}" collides with ${others.join(', ')}`);
  }
  return problems;
}

/** Rows of one table: unique `order`, so the table never depends on file position by accident. */
export function checkRowOrder(file: string, rows: { id: string; order: number }[]): string[] {
  return [...duplicates(rows, (r) => r.order)].map(
    ([order, group]) => `${file}: field "order" value ${order} is used by rows ${group.map((r) => `"${r.id}"`).join(' and ')}`,
  );
}

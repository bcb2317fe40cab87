/**
 * Ready for right-to-left: styles use logical properties (inline-start/end), never left/right, so
 * a page in Arabic or Kurdish mirrors by itself. Scans every stylesheet, component and class list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const files = [
  ...readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(css|astro|ts)$/.test(f))
    .map((f) => join(root, 'src', f)),
  ...readdirSync(join(root, 'public'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => join(root, 'public', f)),
];

/** Physical left/right in CSS properties and values, and in Tailwind utilities. */
const physical = [
  /(?<![\w-])(margin|padding|border|inset)-(left|right)\b/,
  /(?<![\w-])(left|right)\s*:/,
  /text-align:\s*(left|right)/,
  /float:\s*(left|right)/,
  // (The words "right-to-left" and "left-to-right" are prose, not utilities.)
  /(?<![\w-])-?(pl|pr|ml|mr|left|right|border-l|border-r|rounded-l|rounded-r|rounded-tl|rounded-tr|rounded-bl|rounded-br|scroll-ml|scroll-mr|scroll-pl|scroll-pr)-(?!to-(?:left|right)\b)[\w.[\]]+/,
  /(?<![\w-])text-(left|right)\b/,
];

describe('styles use logical properties only', () => {
  it('finds the files it scans', () => expect(files.length).toBeGreaterThan(10));
  it.each(files.map((f) => relative(root, f)))('%s', (file) => {
    const found = readFileSync(join(root, file), 'utf8')
      .split('\n')
      .flatMap((line, index) => (physical.some((re) => re.test(line)) ? [`${index + 1}: ${line.trim()}`] : []));
    expect(found).toEqual([]);
  });
});

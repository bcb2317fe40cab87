import type { Props } from '../../../src/components/tables/ComparisonTable.astro';

/**
 * The component’s examples: each drives its render test and its HTML validation
 * (tests/unit/comparison-table.test.ts).
 */
export const comparisonTableExamples: Record<string, Props> = {
  'three rows, row header first': {
    id: 'planets',
    caption: 'Inner planets',
    rowIdPrefix: 'planet-',
    columns: [
      { field: 'name', label: 'Planet', rowHeader: true },
      { field: 'moons', label: 'Moons' },
      { field: 'day', label: 'Length of day' },
    ],
    rows: [
      { id: 'mercury', name: 'Mercury', moons: 0, day: '176 Earth days' },
      { id: 'venus', name: 'Venus', moons: 0, day: '243 Earth days' },
      { id: 'earth', name: 'Earth', moons: 1, day: '24 hours' },
    ],
  },
  'row header in the second column': {
    id: 'ranked',
    caption: 'Ranked entries',
    columns: [
      { field: 'rank', label: 'Rank' },
      { field: 'name', label: 'Name', rowHeader: true },
    ],
    rows: [{ id: 'first', rank: '1', name: 'First entry' }],
  },
  'markup in cells is shown as text': {
    id: 'escaping',
    caption: 'Caption with <b>tags</b> & ampersands',
    rowIdPrefix: 'row-',
    columns: [
      { field: 'name', label: 'Name <i>', rowHeader: true },
      { field: 'note', label: 'Note' },
    ],
    rows: [{ id: 'x', name: '<script>alert(1)</script>', note: '"quoted" & <img src=x onerror=alert(1)>' }],
  },
};

import { wordsOf } from '../words';
import { describeDiagram, type DiagramInput } from '../../../src/lib/diagram/relation-diagram';
import type { Props } from '../../../src/components/tables/RelationDiagram.astro';

/** Props with the description composed from the data, as a page would do it. */
function example(id: string, title: string, data: Pick<DiagramInput, 'centre' | 'others'>): Props {
  return { id, title, description: describeDiagram(data, wordsOf('en')), ...data };
}

/**
 * The component's examples, tables of 2 to 5 rows: each drives its render test, its layout checks,
 * its HTML validation and its drawing in a share image (tests/unit/relation-diagram.test.ts).
 */
export const relationDiagramExamples: Record<string, Props> = {
  'two rows: one above the centre': example('moon-diagram', 'How the Moon stands with Earth', {
    centre: { id: 'earth', name: 'Earth', note: 'The only planet known to carry life' },
    others: [{ id: 'moon', name: 'Moon', label: 'Held in orbit, raises the tides' }],
  }),
  'three rows: one above, one below': example('neighbours-diagram', 'How Venus and Mars stand with Earth', {
    centre: { id: 'earth', name: 'Earth', note: 'Between the two, the only one with liquid water' },
    others: [
      { id: 'venus', name: 'Venus', label: 'Nearest neighbour inward, similar in size but far hotter' },
      { id: 'mars', name: 'Mars', label: 'Next planet outward, smaller and colder' },
    ],
  }),
  'five rows: two above, two below': example('jupiter-diagram', 'How four large moons stand with Jupiter', {
    centre: { id: 'jupiter', name: 'Jupiter', note: 'The largest planet, with dozens of known moons' },
    others: [
      { id: 'io', name: 'Io', label: 'Innermost of the four, covered in active volcanoes' },
      { id: 'europa', name: 'Europa', label: 'Ice shell over a likely ocean' },
      { id: 'ganymede', name: 'Ganymede', label: 'Largest moon in the Solar System' },
      { id: 'callisto', name: 'Callisto', label: 'Outermost of the four, heavily cratered' },
    ],
  }),
  'long names wrap inside their nodes': example('long-names-diagram', 'How two long names stand with a short one', {
    centre: {
      id: 'centre',
      name: 'A centre with a rather long name that wraps',
      note: 'Supercalifragilisticexpialidociously long words break too',
    },
    others: [
      { id: 'a', name: 'Internationalisation committee', label: 'Antidisestablishmentarianism' },
      { id: 'b', name: 'B', label: 'Short' },
      { id: 'c', name: 'Characteristically', label: 'A label of moderate length, here to be wrapped' },
    ],
  }),
  'markup in texts is shown as text': example('escaping-diagram', 'Title with <b>tags</b> & "quotes"', {
    centre: { id: 'x', name: '<script>alert(1)</script>', note: `It's "quoted" & <i>marked</i>` },
    others: [{ id: 'y', name: 'A & B', label: '<img src=x onerror=alert(1)>' }],
  }),
};

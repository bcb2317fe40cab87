import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparable, missingInOrder, referenceUnits, sentences } from '../support/fidelity';

const reference = readFileSync(new URL('../fixtures/article.txt', import.meta.url), 'utf8');
const units = referenceUnits(reference);

describe('the fidelity check used on the built page', () => {
  it('splits sentences, also where the source lost the space after a full stop', () => {
    expect(sentences('One thing.Two things. three')).toEqual(['One thing.', 'Two things.', 'three']);
  });
  it('forgives only case, spacing and the listed spelling fixes', () => {
    expect(comparable('recent calls for thier  posture.As')).toBe(comparable('Recent calls for their posture. As'));
    expect(comparable('target Israel')).not.toBe(comparable('attack Israel'));
  });
  it('finds nothing missing in the reference itself', () => expect(missingInOrder(units, reference)).toEqual([]));
  it('reports a dropped sentence', () => {
    const dropped = units[5]!;
    expect(missingInOrder(units, reference.replace(dropped, ''))).toEqual([dropped]);
  });
  it('reports sentences out of order', () => {
    const [a, b] = [units[1]!, units[2]!];
    const swapped = reference.replace(`${a} ${b}`, `${b} ${a}`);
    expect(swapped).not.toBe(reference);
    expect(missingInOrder(units, swapped)).not.toEqual([]);
  });
  it('reports a changed word', () => {
    expect(missingInOrder(units, reference.replace('not to target Israel', 'not to attack Israel'))).toHaveLength(1);
  });
});

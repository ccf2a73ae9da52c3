import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, sampleIndex } from './random.ts';
import { RLHF_REFERENCE } from './reference/rlhf.ts';

describe('createRandom (mulberry32)', () => {
  it('gives the same numbers as the Python reference, bit for bit', () => {
    const one = createRandom(1);
    const fortyTwo = createRandom(42);
    expect(RLHF_REFERENCE.random.seed1.map(() => one())).toEqual(RLHF_REFERENCE.random.seed1);
    expect(RLHF_REFERENCE.random.seed42.map(() => fortyTwo())).toEqual(RLHF_REFERENCE.random.seed42);
  });

  it('stays in [0, 1) and repeats itself for the same seed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        for (let i = 0; i < 20; i += 1) {
          const value = a();
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
          expect(b()).toBe(value);
        }
      }),
    );
  });
});

describe('sampleIndex', () => {
  it('picks the first index whose running sum passes the draw', () => {
    const p = [0.2, 0.5, 0.3];
    expect(sampleIndex(p, () => 0)).toBe(0);
    expect(sampleIndex(p, () => 0.19999)).toBe(0);
    expect(sampleIndex(p, () => 0.2)).toBe(1);
    expect(sampleIndex(p, () => 0.69999)).toBe(1);
    expect(sampleIndex(p, () => 0.7)).toBe(2);
  });

  it('never picks a reply of probability 0, even when rounding leaves the total short of the draw', () => {
    expect(sampleIndex([0.5, 0.49999999, 0], () => 0.9999999999)).toBe(1);
    expect(sampleIndex([0, 1, 0], () => 0)).toBe(1);
    expect(() => sampleIndex([0, 0], () => 0.5)).toThrow(/positive/);
  });

  it('draws each index about as often as its probability (20,000 draws, within 4 standard errors)', () => {
    const p = [0.1, 0.25, 0.05, 0.6];
    const random = createRandom(2024);
    const counts = [0, 0, 0, 0];
    const draws = 20_000;
    for (let i = 0; i < draws; i += 1) counts[sampleIndex(p, random)]! += 1;
    p.forEach((probability, k) => {
      const standardError = Math.sqrt((probability * (1 - probability)) / draws);
      expect(Math.abs(counts[k]! / draws - probability)).toBeLessThan(4 * standardError);
    });
  });
});

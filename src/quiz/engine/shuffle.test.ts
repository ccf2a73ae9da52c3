import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shuffledOrder } from './shuffle.ts';

describe('shuffledOrder', () => {
  it('is a permutation, the same for the same seed, and never the right order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.string(), (length, seed) => {
        const order = shuffledOrder(length, seed);
        expect([...order].sort((left, right) => left - right)).toEqual([...Array(length).keys()]);
        expect(shuffledOrder(length, seed)).toEqual(order);
        expect(order.some((item, position) => item !== position)).toBe(true);
      }),
    );
  });

  it('differs between seeds often enough to look shuffled', () => {
    const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((seed) => shuffledOrder(5, seed).join()));
    expect(orders.size).toBeGreaterThan(3);
  });
});

import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentationOrder, seededPermutation, type ShuffleKind } from './shuffle.ts';

const identity = (length: number) => [...Array(length).keys()];
const sorted = (order: readonly number[]) => [...order].sort((left, right) => left - right);

describe('seededPermutation', () => {
  it('is a permutation, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.string(), (length, seed) => {
        const order = seededPermutation(length, seed);
        expect(sorted(order)).toEqual(identity(length));
        expect(seededPermutation(length, seed)).toEqual(order);
      }),
    );
  });
});

describe('presentationOrder', () => {
  it.each([
    ['fixture-options-single', 6, 'options', [[5, 4, 3, 2, 1, 0], [1, 5, 3, 0, 4, 2], [2, 1, 5, 0, 4, 3], [4, 3, 5, 1, 2, 0]]],
    ['overview-roles', 4, 'options', [[3, 0, 1, 2], [1, 2, 3, 0], [1, 2, 0, 3], [2, 1, 0, 3]]],
    ['rlhf-stage-order', 3, 'items', [[2, 1, 0], [1, 0, 2], [2, 1, 0], [1, 0, 2]]],
    ['pair', 2, 'options', [[0, 1], [1, 0], [0, 1], [1, 0]]],
  ] as const)('arranges %s (%i %s) as the independent reference does, presentations 0 to 3', (id, length, kind, expected) => {
    // Values printed by `python3 src/quiz/engine/shuffleReference.py` (FNV-1a, mulberry32 and the rule, re-implemented).
    // A change here moves every reader's arrangement, also mid-answer after an update: change it knowingly.
    expect([0, 1, 2, 3].map((presentation) => presentationOrder(id, length, presentation, kind))).toEqual(expected);
  });

  const arbitraryCase = fc.record({
    id: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    length: fc.integer({ min: 1, max: 8 }),
    presentation: fc.integer({ min: 0, max: 40 }),
    kind: fc.constantFrom<ShuffleKind>('options', 'items'),
  });

  it('is a permutation, and the same every time it is asked for (a reload mid-answer changes nothing)', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ id, length, presentation, kind }) => {
        const order = presentationOrder(id, length, presentation, kind);
        expect(sorted(order)).toEqual(identity(length));
        expect(presentationOrder(id, length, presentation, kind)).toEqual(order);
      }),
    );
  });

  it('differs from the previous presentation whenever another arrangement is allowed', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ id, length, presentation, kind }) => {
        fc.pre(kind === 'options' ? length >= 2 : length >= 3); // Else no other arrangement is allowed.
        const before = presentationOrder(id, length, presentation, kind);
        expect(presentationOrder(id, length, presentation + 1, kind)).not.toEqual(before);
      }),
    );
  });

  it('never shows the items of an order question in the right order, but may show options as authored', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ id, length, presentation }) => {
        fc.pre(length >= 2);
        expect(presentationOrder(id, length, presentation, 'items')).not.toEqual(identity(length));
      }),
    );
    const authoredOrderShown = Array.from({ length: 400 }, (_unused, number) => presentationOrder(`q-${number}`, 3, 0, 'options'))
      .filter((order) => order.join() === '0,1,2').length;
    expect(authoredOrderShown).toBeGreaterThan(0);
  });

  it('puts an option at each position about equally often, across questions and across reviews', () => {
    // 4 options: the authored first option (often the key) should land at each of the 4 positions 1/4 of the time.
    // Deterministic (seeded), so the bounds are not flaky: ±4.5 standard deviations of a fair draw, sqrt(n · 3/16).
    const tally = (orders: number[][]) => {
      const counts = [0, 0, 0, 0];
      for (const order of orders) counts[order.indexOf(0)]! += 1;
      const spread = 4.5 * Math.sqrt((orders.length * 3) / 16);
      for (const count of counts) expect(Math.abs(count - orders.length / 4)).toBeLessThan(spread);
    };
    tally(Array.from({ length: 4000 }, (_unused, number) => presentationOrder(`question-${number}`, 4, 0, 'options')));
    tally(Array.from({ length: 1200 }, (_unused, number) => presentationOrder('one-question', 4, number, 'options')));
  });

  it('differs between questions often enough to look shuffled', () => {
    const orders = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => presentationOrder(id, 5, 0, 'items').join()));
    expect(orders.size).toBeGreaterThan(3);
  });

  it('shows the one order that is not the answer for a two-item order question, every time', () => {
    for (const presentation of [0, 1, 2, 7]) expect(presentationOrder('pair', 2, presentation, 'items')).toEqual([1, 0]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import reference from '../reference/attention.json';
import { attentionHead, causalMask, futureShare, type HeadWeights, multiHeadAttention } from './attention.ts';
import type { Matrix } from './matrix.ts';


// Reference values: src/math/reference/attention.py (numpy), saved as attention.json. The inputs below are the same
// literals as in that script.
const WALKTHROUGH = {
  x: [[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 0, 0]],
  head: { query: [[0, 1], [1, 0], [0, 0], [1, 0]], key: [[1, 0], [0, 1], [0, 0], [1, 1]], value: [[1, 0], [0, 1], [1, 0], [0, 1]] },
};
const FIVE_X = [
  [0.5, -1.2, 0.3, 0.8, -0.4, 1.1],
  [-0.7, 0.2, 1.5, -0.3, 0.9, 0.0],
  [1.3, 0.6, -0.8, 0.4, 0.1, -0.9],
  [0.0, -0.5, 0.7, 1.2, -1.1, 0.6],
  [-0.2, 1.4, 0.2, -0.6, 0.5, 0.3],
];
const FIVE_HEAD: HeadWeights = {
  query: [[0.4, -0.3, 0.9], [0.1, 0.8, -0.5], [-0.6, 0.2, 0.3], [0.7, -0.1, 0.2], [0.0, 0.5, -0.8], [0.3, 0.6, 0.1]],
  key: [[-0.2, 0.7, 0.4], [0.9, -0.4, 0.1], [0.3, 0.3, -0.7], [-0.5, 0.8, 0.6], [0.6, 0.0, 0.2], [0.1, -0.9, 0.5]],
  value: [[0.8, 0.1, -0.3], [-0.4, 0.6, 0.2], [0.5, -0.7, 0.9], [0.2, 0.3, -0.1], [-0.9, 0.4, 0.0], [0.6, -0.2, 0.7]],
};
const FIVE_HEAD_2: HeadWeights = {
  query: [[0.2, 0.5, -0.4], [-0.7, 0.1, 0.6], [0.3, -0.8, 0.2], [0.9, 0.4, -0.1], [-0.3, 0.6, 0.8], [0.5, -0.2, 0.0]],
  key: [[0.6, -0.1, 0.3], [0.2, 0.9, -0.4], [-0.5, 0.4, 0.7], [0.1, -0.6, 0.2], [0.8, 0.3, -0.9], [-0.4, 0.7, 0.5]],
  value: [[-0.3, 0.8, 0.4], [0.7, -0.2, 0.1], [0.0, 0.5, -0.6], [0.4, 0.9, 0.3], [-0.8, 0.1, 0.7], [0.2, -0.5, 0.6]],
};

/** Every entry within 1e-12 (relative above 1) of the reference. */
function expectClose(actual: Matrix | readonly number[], expected: unknown, tolerance = 1e-12) {
  const flat = (value: unknown): number[] => (Array.isArray(value) ? value.flatMap(flat) : [value as number]);
  const a = flat(actual);
  const e = flat(expected);
  expect(a.length).toBe(e.length);
  a.forEach((value, index) => expect(Math.abs(value - e[index]!)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(e[index]!))));
}

describe('attention head against numpy', () => {
  it('reproduces the chapter’s three-token walk-through, intermediate by intermediate', () => {
    const result = attentionHead(WALKTHROUGH.x, WALKTHROUGH.head);
    const expected = reference.walkthrough;
    expectClose(result.queries, expected.Q);
    expectClose(result.keys, expected.K);
    expectClose(result.values, expected.V);
    expectClose(result.scores, expected.scores);
    expectClose(result.scaledScores, expected.scaled);
    expectClose(result.weights, expected.weights);
    expectClose(result.output, expected.output);
    expectClose(result.entropy, expected.entropy);
    // The numbers the chapter quotes: "fish" puts 0.576 on "ate", and its output is (0.564, 1.436).
    expect(result.weights[2]![1]!.toFixed(3)).toBe('0.576');
    expect(result.output[2]!.map((value) => value.toFixed(3))).toEqual(['0.564', '1.436']);
    expect(result.scaleFactor).toBe(1 / Math.SQRT2);
  });

  it('without the mask, the first token takes most of its weight from the future', () => {
    const result = attentionHead(WALKTHROUGH.x, WALKTHROUGH.head, { causal: false });
    expectClose(result.weights, reference.walkthrough_unmasked.weights);
    expect(futureShare(result.weights)[0]).toBeCloseTo(0.576 + 0.284, 2);
    expect(result.mask.flat().every((entry) => entry === 0)).toBe(true);
  });

  it('matches five positions, d_model 6, d_k 3, scaled and unscaled', () => {
    const scaled = attentionHead(FIVE_X, FIVE_HEAD);
    expectClose(scaled.scores, reference.five.scores);
    expectClose(scaled.weights, reference.five.weights);
    expectClose(scaled.output, reference.five.output);
    expectClose(scaled.entropy, reference.five.entropy);
    const unscaled = attentionHead(FIVE_X, FIVE_HEAD, { scaled: false });
    expect(unscaled.scaleFactor).toBe(1);
    expectClose(unscaled.weights, reference.five_unscaled.weights);
    expectClose(unscaled.entropy, reference.five_unscaled.entropy);
  });

  it('concatenates two heads’ outputs side by side', () => {
    const result = multiHeadAttention(FIVE_X, [FIVE_HEAD, FIVE_HEAD_2]);
    expectClose(result.heads[1]!.weights, reference.five_head2.weights);
    expectClose(result.concatenated, reference.five_concatenated.output);
    expect(result.concatenated[0]).toHaveLength(6);
  });

  it('refuses projections that do not fit the inputs', () => {
    expect(() => attentionHead(WALKTHROUGH.x, { ...WALKTHROUGH.head, query: [[1], [0], [0], [1]] })).toThrow(/as wide/);
    expect(() => attentionHead(WALKTHROUGH.x, { ...WALKTHROUGH.head, key: [[1, 0], [0, 1]] })).toThrow(/multiply/);
    expect(() => attentionHead([[1, 0, 1, 0], [0, 1]], WALKTHROUGH.head)).toThrow(/row 1/);
  });

  it('builds the causal mask: 0 on and below the diagonal, −∞ above', () => {
    expect(causalMask(3)).toEqual([
      [0, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
      [0, 0, Number.NEGATIVE_INFINITY],
      [0, 0, 0],
    ]);
  });
});

/** A matrix of the given shape with entries in [-2, 2]. */
const matrix = (rows: number, columns: number) =>
  fc.array(fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: columns, maxLength: columns }), {
    minLength: rows,
    maxLength: rows,
  });

/** Inputs and one head of random sizes: 1–8 positions, d_model 1–8, d_k 1–6. */
const problem = fc
  .record({ positions: fc.integer({ min: 1, max: 8 }), model: fc.integer({ min: 1, max: 8 }), width: fc.integer({ min: 1, max: 6 }) })
  .chain(({ positions, model, width }) =>
    fc.record({
      x: matrix(positions, model),
      head: fc.record({ query: matrix(model, width), key: matrix(model, width), value: matrix(model, width) }),
      scaled: fc.boolean(),
    }),
  );

describe('attention properties', () => {
  it('every row of the weights sums to 1, masked entries are exactly 0, nothing leaks from the future', () => {
    fc.assert(
      fc.property(problem, ({ x, head, scaled }) => {
        const result = attentionHead(x, head, { scaled });
        result.weights.forEach((row, i) => {
          expect(Math.abs(row.reduce((sum, w) => sum + w, 0) - 1)).toBeLessThan(1e-12);
          expect(row.slice(i + 1).every((w) => w === 0)).toBe(true);
          expect(row.slice(0, i + 1).every((w) => w >= 0)).toBe(true);
          // Entropy of a distribution over the i + 1 visible positions lies in [0, ln(i + 1)].
          expect(result.entropy[i]!).toBeGreaterThanOrEqual(0);
          expect(result.entropy[i]!).toBeLessThanOrEqual(Math.log(i + 1) + 1e-12);
        });
        expect(futureShare(result.weights).every((share) => share === 0)).toBe(true);
      }),
    );
  });

  it('with no positional information, permuting the earlier tokens leaves a row’s output unchanged', () => {
    const withPermutation = problem.chain((input) =>
      fc.record({
        input: fc.constant(input),
        row: fc.integer({ min: 0, max: input.x.length - 1 }),
        seed: fc.integer(),
      }),
    );
    fc.assert(
      fc.property(withPermutation, ({ input, row, seed }) => {
        // A permutation of rows 0 … row-1 (Fisher–Yates driven by the seed); the row itself and later rows stay put.
        const order = Array.from({ length: input.x.length }, (_unused, index) => index);
        let state = seed >>> 0;
        for (let i = row - 1; i > 0; i -= 1) {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
          const j = state % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const permuted = order.map((index) => input.x[index]!);
        const before = attentionHead(input.x, input.head).output[row]!;
        const after = attentionHead(permuted, input.head).output[row]!;
        before.forEach((value, column) => expect(Math.abs(value - after[column]!)).toBeLessThan(1e-9));
      }),
    );
  });

  it('dividing by √d_k divides every score by √d_k', () => {
    fc.assert(
      fc.property(problem, ({ x, head }) => {
        const result = attentionHead(x, head);
        const width = head.key[0]!.length;
        result.scores.forEach((row, i) =>
          row.forEach((score, j) => expect(Math.abs(result.scaledScores[i]![j]! - score / Math.sqrt(width))).toBeLessThan(1e-12)),
        );
      }),
    );
  });
});

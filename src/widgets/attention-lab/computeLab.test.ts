import { describe, expect, it } from 'vitest';
import reference from '../../math/reference/attention.json';
import { computeLab, inputsFor } from './computeLab.ts';
import { stateFromProps } from './labState.ts';
import { DEFAULT_PROPS } from './props.ts';

/** The worked example as src/math/reference/attention.py printed it. */
const walkthrough = reference.walkthrough;
const close = (actual: readonly (readonly number[])[], expected: unknown) =>
  expect(actual.flat().map((value) => Number(value.toFixed(12)))).toEqual((expected as number[][]).flat().map((value) => Number(value.toFixed(12))));

describe('computeLab', () => {
  const state = stateFromProps(DEFAULT_PROPS);

  it('reproduces the chapter’s worked example in its default state (numpy reference)', () => {
    const { inputs, heads, concatenated, futureShares } = computeLab(state);
    expect(inputs).toEqual([[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 0, 0]]);
    close(heads[0]!.queries, walkthrough.Q);
    close(heads[0]!.scores, walkthrough.scores);
    close(heads[0]!.weights, walkthrough.weights);
    close(heads[0]!.output, walkthrough.output);
    expect(heads).toHaveLength(1);
    expect(concatenated).toBeUndefined();
    expect(futureShares[0]).toEqual([0, 0, 0]);
  });

  it('without the mask, cat takes 86% of its attention from ate and fish', () => {
    const shares = computeLab({ ...state, mask: false }).futureShares[0]!;
    expect(shares[0]).toBeCloseTo(0.575975345215362 + 0.28399540974126003, 12);
  });

  it('compares the mean row entropy with and without ÷√d_k, whichever is on', () => {
    const on = computeLab(state).entropy[0]!;
    const off = computeLab({ ...state, scale: false }).entropy[0]!;
    expect(on).toEqual(off);
    // numpy: mean of the walk-through's row entropies (0, ln 2, 0.9505…).
    expect(on.scaled).toBeCloseTo((0 + Math.LN2 + 0.9505367601709993) / 3, 12);
    expect(on.unscaled).toBeLessThan(on.scaled);
  });

  it('without positions, reversing the tokens before the last leaves its output; with positions it changes it', () => {
    const plain = computeLab({ ...state, tokens: ['dog', 'chased', 'mouse', 'it'] }).permutation;
    expect(plain.row).toBe(3);
    expect(plain.changed).toBe(false);
    plain.before.forEach((value, column) => expect(Math.abs(value - plain.after[column]!)).toBeLessThan(1e-12));
    const positioned = computeLab({ ...state, tokens: ['dog', 'chased', 'mouse', 'it'], positions: true }).permutation;
    expect(positioned.changed).toBe(true);
  });

  it('adds the position table to the embeddings when positions are on', () => {
    const { embeddings, positions, inputs } = inputsFor(['cat', 'ate', 'fish'], 4, true);
    expect(embeddings[0]).toEqual([1, 0, 1, 0]);
    expect(positions[0]).toEqual([-1, -0.9, 1, 0.4]);
    expect(inputs[0]).toEqual([0, -0.9, 2, 0.4]);
  });

  it('runs two heads and concatenates their outputs', () => {
    const { heads, concatenated } = computeLab({ ...state, heads: 2, keyWidth: 3 });
    expect(heads).toHaveLength(2);
    expect(concatenated![0]).toEqual([...heads[0]!.output[0]!, ...heads[1]!.output[0]!]);
  });
});

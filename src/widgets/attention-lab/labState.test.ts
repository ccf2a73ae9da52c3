import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToken, removeToken, reverseEarlier, setKeyWidth, setToken, setWeight, stateFromProps, visibleWeights } from './labState.ts';
import { DEFAULT_PROPS } from './props.ts';
import { backgroundWeights, MATRIX_NAMES, MAX_KEY_WIDTH, WALKTHROUGH_WEIGHTS } from './weightTables.ts';

describe('the fixed weight tables', () => {
  it('are 8 × 16, one decimal in [-1, 1], the same on every call, with the worked example in head 1’s corner', () => {
    for (const name of MATRIX_NAMES) {
      const table = backgroundWeights(name);
      expect(table).toHaveLength(8);
      expect(table.every((row) => row.length === MAX_KEY_WIDTH && row.every((w) => Math.abs(w) <= 1 && Math.round(w * 10) / 10 === w))).toBe(true);
      expect(backgroundWeights(name)).toEqual(table);
    }
    expect(visibleWeights(stateFromProps(DEFAULT_PROPS), 'wq')).toEqual(WALKTHROUGH_WEIGHTS.wq);
    expect(backgroundWeights('wq2')).not.toEqual(backgroundWeights('wq'));
  });
});

describe('lab state changes', () => {
  const initial = stateFromProps(DEFAULT_PROPS);

  it('sets a weight, clamped to ±5 and rid of binary noise; refuses entries outside d_model × d_k', () => {
    expect(setWeight(initial, 'wq', 1, 1, 0.1 + 0.2).tables.wq[1]![1]).toBe(0.3);
    expect(setWeight(initial, 'wk', 0, 0, 99).tables.wk[0]![0]).toBe(5);
    expect(setWeight(initial, 'wk', 0, 0, Number.NaN)).toBe(initial);
    expect(setWeight(initial, 'wq', 4, 0, 1)).toBe(initial);
    expect(setWeight(initial, 'wq', 0, 2, 1)).toBe(initial);
    expect(setWeight(initial, 'wq', 0, 0, 0)).toBe(initial);
  });

  it('keeps an edit made at a wide d_k when d_k narrows and widens again', () => {
    const wide = setWeight(setKeyWidth(initial, 6), 'wv', 3, 5, -2.5);
    const back = setKeyWidth(setKeyWidth(wide, 2), 6);
    expect(visibleWeights(back, 'wv')[3]![5]).toBe(-2.5);
    expect(setKeyWidth(initial, 17)).toBe(initial);
    expect(setKeyWidth(initial, 0)).toBe(initial);
  });

  it('edits the sequence within 3 to 8 tokens', () => {
    expect(setToken(initial, 1, 'dog').tokens).toEqual(['cat', 'dog', 'fish']);
    expect(removeToken(initial)).toBe(initial);
    let state = initial;
    for (let i = 0; i < 10; i += 1) state = addToken(state);
    expect(state.tokens).toEqual(['cat', 'ate', 'fish', 'dog', 'chased', 'mouse', 'saw', 'bird']);
    expect(removeToken(state).tokens).toHaveLength(7);
  });

  it('reverses every token before the last (property: twice is the identity, the last stays)', () => {
    expect(reverseEarlier(['cat', 'ate', 'fish', 'dog'])).toEqual(['fish', 'ate', 'cat', 'dog']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('cat', 'ate', 'fish', 'dog' as const), { minLength: 1, maxLength: 8 }), (tokens) => {
        expect(reverseEarlier(reverseEarlier(tokens))).toEqual(tokens);
        expect(reverseEarlier(tokens).at(-1)).toBe(tokens.at(-1));
      }),
    );
  });
});

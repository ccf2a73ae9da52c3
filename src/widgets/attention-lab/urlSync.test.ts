import { describe, expect, it } from 'vitest';
import { setWeight, stateFromProps } from './labState.ts';
import { DEFAULT_PROPS } from './props.ts';
import { applyUrlState, serialiseState } from './urlSync.ts';

describe('attention lab URL state', () => {
  const initial = stateFromProps(DEFAULT_PROPS);

  it('round-trips an edited state through a link', () => {
    const edited = { ...setWeight(initial, 'wq', 0, 1, -1.5), tokens: ['dog' as const, 'saw' as const, 'bird' as const, 'it' as const], mask: false, positions: true };
    const link = serialiseState(edited);
    expect(link.wq).toBe('0,-1.5;1,0;0,0;1,0');
    expect(link.wq2).toBeUndefined();
    const restored = applyUrlState(DEFAULT_PROPS, link);
    expect(serialiseState(restored)).toEqual(link);
    expect(restored.tables.wq[0]![1]).toBe(-1.5);
  });

  it('keeps head 2’s matrices in a two-head link', () => {
    const twoHeads = setWeight({ ...initial, heads: 2 }, 'wk2', 3, 1, 2);
    const restored = applyUrlState(DEFAULT_PROPS, serialiseState(twoHeads));
    expect(restored.heads).toBe(2);
    expect(restored.tables.wk2[3]![1]).toBe(2);
  });

  it('ignores values that do not parse or do not fit, and keeps the rest', () => {
    const restored = applyUrlState(DEFAULT_PROPS, {
      tokens: 'cat,cow,fish',
      dk: '99',
      dmodel: 'x',
      wq: '1,1;1,1',
      wk: '2,2;2,2;2,2;2,2',
      mask: 'sometimes',
      heads: '7',
      scale: 'false',
    });
    expect(restored.tokens).toEqual(DEFAULT_PROPS.tokens);
    expect(restored.keyWidth).toBe(2);
    expect(restored.modelWidth).toBe(4);
    expect(restored.tables.wq).toEqual(initial.tables.wq);
    expect(restored.tables.wk.slice(0, 4).map((row) => row.slice(0, 2))).toEqual([[2, 2], [2, 2], [2, 2], [2, 2]]);
    expect(restored.mask).toBe(true);
    expect(restored.heads).toBe(1);
    expect(restored.scale).toBe(false);
  });

  it('reads a matrix at the d_k the same link sets', () => {
    const restored = applyUrlState(DEFAULT_PROPS, { dk: '1', wv: '3;2;1;0' });
    expect(restored.keyWidth).toBe(1);
    expect(restored.tables.wv.slice(0, 4).map((row) => row[0])).toEqual([3, 2, 1, 0]);
  });
});

import { describe, expect, it } from 'vitest';
import { initialLabState, type LabState } from './labState.ts';
import { DEFAULT_SETTINGS } from './props.ts';
import { applyUrlState, serialiseState } from './urlSync.ts';

const props = { replies: ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, values: [], reference: 0.2, trueScore: 0 })) };
const base = initialLabState(DEFAULT_SETTINGS, [0, 4, 1, 2, 3]);

describe('the lab state in the URL', () => {
  it('round-trips the tab, the ranking, every setting and both steps', () => {
    const state: LabState = {
      ...base,
      tab: 'ppo',
      ranking: [4, 3, 2, 1, 0],
      l2: 0,
      rewardLearningRate: 0.5,
      rewardStep: 123,
      shift: -2.5,
      beta: 0.05,
      epsilon: 0.3,
      learningRate: 2,
      batchSize: 64,
      epochs: 8,
      seed: 42,
      mode: 'exact',
      reward: 'true',
      ppoStep: 77,
    };
    expect(serialiseState(state, props).rank).toBe('E,D,C,B,A');
    expect(applyUrlState(base, serialiseState(state, props), props)).toEqual(state);
  });

  it('ignores every value that does not parse, and keeps the rest', () => {
    const raw = {
      tab: 'settings',
      rank: 'A,B,C,D',
      beta: '0',
      eps: 'abc',
      lr: '1e9',
      batch: '2.5',
      mode: 'fast',
      reward: 'both',
      shift: 'Infinity',
      rmt: '-1',
      t: '1e3',
      seed: '7',
    };
    expect(applyUrlState(base, raw, props)).toEqual({ ...base, seed: 7 });
    expect(applyUrlState(base, { rank: 'A,A,B,C,D' }, props).ranking).toEqual(base.ranking);
    expect(applyUrlState(base, { rank: 'A,B,C,D,F' }, props).ranking).toEqual(base.ranking);
    expect(applyUrlState(base, { t: '301' }, props).ppoStep).toBe(0);
    expect(applyUrlState(base, { t: '300', rmt: '500' }, props)).toMatchObject({ ppoStep: 300, rewardStep: 500 });
  });
});

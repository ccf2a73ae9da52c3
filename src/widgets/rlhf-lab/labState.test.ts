import { describe, expect, it } from 'vitest';
import { initialLabState, labReducer, type LabAction, type LabState, LAST_STEP, QUICK_FIT_STEPS } from './labState.ts';
import { DEFAULT_SETTINGS } from './props.ts';

const start = () => initialLabState(DEFAULT_SETTINGS, [0, 4, 1, 2, 3]);
const apply = (state: LabState, ...actions: LabAction[]) => actions.reduce(labReducer, state);

describe('the lab state', () => {
  it('starts on the ranking tab with nothing fitted or run', () => {
    expect(start()).toMatchObject({ tab: 'rank', ranking: [0, 4, 1, 2, 3], rewardStep: 0, ppoStep: 0, shift: 0, playing: undefined, beta: 0.5 });
  });

  it('moves a reply from one place to another and ignores moves off the list', () => {
    expect(apply(start(), { type: 'move', from: 1, to: 4 }).ranking).toEqual([0, 1, 2, 3, 4]);
    expect(apply(start(), { type: 'move', from: 4, to: 0 }).ranking).toEqual([3, 0, 4, 1, 2]);
    expect(apply(start(), { type: 'move', from: 0, to: -1 }).ranking).toEqual([0, 4, 1, 2, 3]);
    expect(apply(start(), { type: 'move', from: 0, to: 5 }).ranking).toEqual([0, 4, 1, 2, 3]);
  });

  it('clamps settings to their range, rounds whole-number ones and ignores NaN', () => {
    expect(apply(start(), { type: 'setting', key: 'beta', value: -3 }).beta).toBe(0.001);
    expect(apply(start(), { type: 'setting', key: 'learningRate', value: 1e9 }).learningRate).toBe(20);
    expect(apply(start(), { type: 'setting', key: 'batchSize', value: 10.6 }).batchSize).toBe(11);
    expect(apply(start(), { type: 'setting', key: 'epsilon', value: Number.NaN }).epsilon).toBe(0.2);
    expect(apply(start(), { type: 'shift', value: Number.POSITIVE_INFINITY }).shift).toBe(0);
    expect(apply(start(), { type: 'shift', value: -500 }).shift).toBe(-100);
  });

  it('steps, resets and fits quickly, each within its range', () => {
    expect(apply(start(), { type: 'step', which: 'reward' }, { type: 'step', which: 'reward' }).rewardStep).toBe(2);
    expect(apply({ ...start(), ppoStep: LAST_STEP.ppo }, { type: 'step', which: 'ppo' }).ppoStep).toBe(LAST_STEP.ppo);
    expect(apply({ ...start(), ppoStep: 40 }, { type: 'reset', which: 'ppo' }).ppoStep).toBe(0);
    expect(apply(start(), { type: 'quickFit' }).rewardStep).toBe(QUICK_FIT_STEPS);
  });

  it('plays up to a limit and pauses there; play from the end starts again; play/pause toggles', () => {
    let state = apply(start(), { type: 'play', which: 'ppo' });
    expect(state.playing).toBe('ppo');
    state = apply(state, { type: 'tick', limit: 2 }, { type: 'tick', limit: 2 });
    expect(state).toMatchObject({ ppoStep: 2, playing: undefined });
    expect(apply({ ...start(), rewardStep: LAST_STEP.reward }, { type: 'play', which: 'reward' }).rewardStep).toBe(0);
    expect(apply(start(), { type: 'playPause', which: 'reward' }, { type: 'playPause', which: 'reward' }).playing).toBeUndefined();
    expect(apply(start(), { type: 'playPause', which: 'reward' }, { type: 'playPause', which: 'ppo' }).playing).toBe('ppo');
    expect(apply(start(), { type: 'tick', limit: 10 })).toEqual(start());
  });
});

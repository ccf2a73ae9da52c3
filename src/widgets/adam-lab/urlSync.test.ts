import { describe, expect, it } from 'vitest';
import { adamLabAttributes } from './props.ts';
import { initialLabState } from './labState.ts';
import { applyUrlState, serialiseState } from './urlSync.ts';

const base = () => initialLabState(adamLabAttributes.parse({ surface: 'bowl' }));

describe('URL state', () => {
  it('round-trips the whole state', () => {
    const state = { ...base(), surface: 'plateau' as const, start: [2, -1.5], lr: 0.3, beta2: 0.95, optimizers: ['adam' as const], step: 7, speed: 10, panel: 'equations' as const };
    expect(applyUrlState(base(), serialiseState(state))).toEqual({ ...state, playing: false });
  });

  it('takes what parses and ignores the rest', () => {
    const state = applyUrlState(base(), { lr: '0.05', beta1: '1', steps: 'many', t: '-2', speed: '3', optimizers: 'adam,nope', panel: 'x' });
    expect(state).toMatchObject({ lr: 0.05, beta1: 0.9, steps: 50, step: 0, speed: 5, optimizers: ['sgd', 'momentum', 'adam'], panel: 'numbers' });
  });

  it('gives a new surface its own start unless the URL has one that fits it', () => {
    expect(applyUrlState(base(), { surface: 'square' }).start).toEqual([1]);
    expect(applyUrlState(base(), { surface: 'square', start: '0.5' }).start).toEqual([0.5]);
    expect(applyUrlState(base(), { surface: 'square', start: '0.5,0.5' }).start).toEqual([1]);
  });

  it('keeps t within the steps and accepts an empty optimizer list', () => {
    expect(applyUrlState(base(), { steps: '10', t: '40', optimizers: '' })).toMatchObject({ steps: 10, step: 10, optimizers: [] });
  });
});

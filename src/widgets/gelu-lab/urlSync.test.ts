import { describe, expect, it } from 'vitest';
import { DEFAULT_PROPS, type GeluLabProps } from './props.ts';
import { applyUrlState, serialiseState } from './urlSync.ts';

describe('the lab state in the URL', () => {
  it('round-trips every field', () => {
    const state: GeluLabProps = { x: -0.75, xmin: -3, xmax: 1.5, curves: ['gelu', 'derivative'], keypoints: true };
    expect(applyUrlState(DEFAULT_PROPS, serialiseState(state))).toEqual(state);
  });

  it('round-trips "no curves"', () => {
    const state: GeluLabProps = { ...DEFAULT_PROPS, curves: [] };
    expect(applyUrlState(DEFAULT_PROPS, serialiseState(state)).curves).toEqual([]);
  });

  it('keeps the directive’s value for each key the URL lacks', () => {
    expect(applyUrlState({ ...DEFAULT_PROPS, x: 2 }, { keypoints: 'true' })).toEqual({ ...DEFAULT_PROPS, x: 2, keypoints: true });
  });

  it('ignores values that do not parse and keeps the rest', () => {
    const raw = { x: 'abc', xmin: '-2', curves: 'gelu,nope', keypoints: 'maybe' };
    expect(applyUrlState(DEFAULT_PROPS, raw)).toEqual({ ...DEFAULT_PROPS, xmin: -2 });
    expect(applyUrlState(DEFAULT_PROPS, { x: '5e6' }).x).toBe(DEFAULT_PROPS.x);
  });

  it('drops a range that is not a view as a whole', () => {
    expect(applyUrlState(DEFAULT_PROPS, { xmin: '3', xmax: '2' })).toEqual(DEFAULT_PROPS);
    expect(applyUrlState(DEFAULT_PROPS, { xmin: '5' })).toEqual(DEFAULT_PROPS);
  });

  it('does not share the curve list with the props it started from', () => {
    const base = { ...DEFAULT_PROPS, curves: [...DEFAULT_PROPS.curves] };
    applyUrlState(base, {}).curves.pop();
    expect(base.curves).toEqual(DEFAULT_PROPS.curves);
  });
});

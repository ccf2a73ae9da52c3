import { describe, expect, it } from 'vitest';
import { adamLabAttributes } from './props.ts';
import { clampStart, initialLabState, labReducer, type LabState } from './labState.ts';

const start = (): LabState => initialLabState(adamLabAttributes.parse({ surface: 'bowl', steps: '3' }));

describe('labReducer', () => {
  it('steps forward to the last step and back to 0, never beyond', () => {
    let state = start();
    for (let index = 0; index < 5; index += 1) state = labReducer(state, { type: 'forward' });
    expect(state.step).toBe(3);
    for (let index = 0; index < 5; index += 1) state = labReducer(state, { type: 'back' });
    expect(state.step).toBe(0);
  });

  it('plays from the start again when played at the end, and stops by itself at the last step', () => {
    let state = { ...start(), step: 3 };
    state = labReducer(state, { type: 'play' });
    expect(state).toMatchObject({ playing: true, step: 0 });
    for (let index = 0; index < 3; index += 1) state = labReducer(state, { type: 'tick' });
    expect(state).toMatchObject({ playing: false, step: 3 });
    expect(labReducer(state, { type: 'tick' })).toBe(state);
  });

  it('resets to step 0 and pauses', () => {
    const state = labReducer({ ...start(), step: 2, playing: true }, { type: 'reset' });
    expect(state).toMatchObject({ step: 0, playing: false });
  });

  it('moves the start to the new surface’s default when the surface changes', () => {
    const state = labReducer(start(), { type: 'surface', surface: 'rosenbrock' });
    expect(state).toMatchObject({ surface: 'rosenbrock', start: [-1.2, 1] });
    expect(labReducer(state, { type: 'surface', surface: 'rosenbrock' })).toBe(state);
  });

  it('clamps and rounds a moved start, and ignores non-finite points', () => {
    expect(labReducer(start(), { type: 'start', start: [9, -0.123456] }).start).toEqual([1.5, -0.123]);
    const state = start();
    expect(labReducer(state, { type: 'start', start: [Number.NaN, 0] })).toBe(state);
    expect(clampStart('square', [-7])).toEqual([-1.5]);
  });

  it('keeps t within a smaller number of steps', () => {
    const state = labReducer({ ...start(), step: 3 }, { type: 'steps', steps: 2.4 });
    expect(state).toMatchObject({ steps: 2, step: 2 });
    expect(labReducer(state, { type: 'steps', steps: 5000 }).steps).toBe(1000);
  });

  it('toggles optimizers in display order and refuses speeds it does not offer', () => {
    let state = labReducer(start(), { type: 'toggle', kind: 'adamw' });
    state = labReducer(state, { type: 'toggle', kind: 'sgd' });
    expect(state.optimizers).toEqual(['momentum', 'adam', 'adamw']);
    expect(labReducer(state, { type: 'speed', speed: 7 })).toBe(state);
    expect(labReducer(state, { type: 'speed', speed: 25 }).speed).toBe(25);
  });

  it('changes one setting at a time', () => {
    const state = labReducer(start(), { type: 'setting', key: 'beta1', value: 0.5 });
    expect(state.beta1).toBe(0.5);
    expect(labReducer(state, { type: 'setting', key: 'beta1', value: 0.5 })).toBe(state);
  });
});

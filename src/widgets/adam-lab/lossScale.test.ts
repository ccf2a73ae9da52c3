import { describe, expect, it } from 'vitest';
import { SURFACES } from '../../math/surfaces/catalog.ts';
import { GAP_FLOOR, lossScale } from './lossScale.ts';
import { computeRuns } from './runs.ts';

const SETTINGS = { lr: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8, wd: 0, momentum: 0.9, steps: 50 };

describe('lossScale', () => {
  it('plots f − f* on a log axis with powers of ten for surfaces with a minimum', () => {
    const runs = computeRuns({ surface: 'bowl', start: [1, 1], ...SETTINGS });
    const scale = lossScale(SURFACES.bowl, runs, ['sgd', 'adam'], [150, 0]);
    expect(scale.kind).toBe('gap');
    expect(scale.valueOf(11)).toBe(11);
    // The top is f at the start (11) rounded up to a decade; every tick is a power of ten, largest first.
    expect(scale.y(100)).toBeCloseTo(0, 6);
    expect(scale.ticks.length).toBeGreaterThan(1);
    for (const tick of scale.ticks) expect(Math.log10(tick) % 1).toBeCloseTo(0, 9);
  });

  it('never takes the log of 0: an exact landing on the minimum is drawn at the floor', () => {
    // SGD with α = 0.5 on θ² jumps from 1 to exactly 0.
    const runs = computeRuns({ surface: 'square', start: [1], ...SETTINGS, lr: 0.5, steps: 3 });
    const scale = lossScale(SURFACES.square, runs, ['sgd'], [150, 0]);
    expect(scale.valueOf(0)).toBe(GAP_FLOOR);
    expect(Number.isFinite(scale.y(scale.valueOf(0)))).toBe(true);
  });

  it('uses a symmetric log axis with 0 on the saddle, which has no minimum', () => {
    const runs = computeRuns({ surface: 'saddle', start: [1.5, 0.05], ...SETTINGS, lr: 0.5, steps: 50 });
    const scale = lossScale(SURFACES.saddle, runs, ['sgd', 'adam'], [150, 0]);
    expect(scale.kind).toBe('value');
    expect(scale.ticks).toContain(0);
    expect(scale.ticks.some((tick) => tick < 0)).toBe(true);
    const pixels = scale.ticks.map(scale.y);
    pixels.forEach((pixel, index) => pixels.slice(index + 1).forEach((other) => expect(Math.abs(pixel - other)).toBeGreaterThanOrEqual(14)));
  });
});

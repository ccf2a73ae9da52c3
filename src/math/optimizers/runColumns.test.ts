import { describe, expect, it } from 'vitest';
import { SURFACES } from '../surfaces/catalog.ts';
import { PAPER_HYPERPARAMETERS } from './hyperParameters.ts';
import { runColumns } from './runColumns.ts';
import { recordAt, runOptimizer } from './runOptimizer.ts';

const HYPER = { ...PAPER_HYPERPARAMETERS, learningRate: 0.1 };

describe('runColumns', () => {
  it('stores each coordinate row by row in flat typed arrays', () => {
    const columns = runColumns(SURFACES.bowl, [1, 1], 'adamw', { ...HYPER, weightDecay: 0.01 }, 3);
    expect(columns.length).toBe(4);
    expect(columns.theta).toBeInstanceOf(Float64Array);
    expect(columns.theta).toHaveLength(8);
    expect(Object.keys(columns.quantities)).toEqual(['m', 'v', 'mHat', 'vHat', 'decay']);
    // Row 1: x₁ then y₁, both 1·(1 − 0.1·0.01) − 0.1·g/(|g| + ε) = 0.8990000005 (x) and 0.89900000005 (y).
    expect(columns.theta[2]).toBeCloseTo(0.899, 8);
    expect(columns.theta[3]).toBeCloseTo(0.899, 8);
    expect(columns.gradient[3]).toBe(20);
  });

  it('gives records that start with m₀ = v₀ = 0 and no m̂, v̂, g or Δθ', () => {
    const columns = runColumns(SURFACES.bowl, [1, 1], 'adam', HYPER, 2);
    expect(recordAt(columns, 0)).toEqual({ step: 0, theta: [1, 1], loss: 11, m: [0, 0], v: [0, 0] });
    expect(Object.keys(recordAt(columns, 2)).sort()).toEqual(['gradient', 'loss', 'm', 'mHat', 'step', 'theta', 'update', 'v', 'vHat']);
    expect(() => recordAt(columns, 3)).toThrow(/step 3 is not in this run \(0 to 2\)/);
  });

  it('reports 0/0 as non-finite: Adam with ε = 0 started at the minimum, where g = 0', () => {
    const run = runOptimizer(SURFACES.bowl, [0, 0], 'adam', { ...HYPER, epsilon: 0 }, 5);
    expect(run.divergence).toEqual({ step: 1, reason: 'non-finite', quantity: 'theta' });
    expect(run.records).toHaveLength(1);
  });

  it('stops at a start whose loss is already out of bounds', () => {
    const steep = { ...SURFACES.square, value: () => 1e13 };
    const columns = runColumns(steep, [1], 'sgd', HYPER, 5);
    expect(columns.length).toBe(0);
    expect(columns.divergence).toEqual({ step: 0, reason: 'too-large', quantity: 'loss' });
  });
});

import { describe, expect, it } from 'vitest';
import { SURFACES } from '../surfaces/catalog.ts';
import type { Surface } from '../surfaces/surface.ts';
import { PAPER_HYPERPARAMETERS, hyperParameterProblems } from './hyperParameters.ts';
import { OPTIMIZER_KINDS, isOptimizerKind } from './optimizer.ts';
import { DIVERGENCE_LIMIT, runOptimizer } from './runOptimizer.ts';

const HYPER = { ...PAPER_HYPERPARAMETERS, learningRate: 0.1 };

describe('runOptimizer', () => {
  it('returns steps + 1 records, record 0 being the start with m₀ = v₀ = 0 and no gradient', () => {
    for (const kind of OPTIMIZER_KINDS) {
      const run = runOptimizer(SURFACES.bowl, [1, 1], kind, HYPER, 7);
      expect(run.kind).toBe(kind);
      expect(run.records.map((record) => record.step)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(run.records[0]).toMatchObject({ theta: [1, 1], loss: 11 });
      expect(run.records[0]!.gradient).toBeUndefined();
      expect(run.records[0]!.update).toBeUndefined();
      expect(run.divergence).toBeUndefined();
    }
    expect(runOptimizer(SURFACES.bowl, [1, 1], 'adam', HYPER, 0).records[0]).toMatchObject({ m: [0, 0], v: [0, 0] });
  });

  it('does not change its inputs', () => {
    const start = [1, 1];
    const hyper = { ...HYPER };
    runOptimizer(SURFACES.bowl, start, 'adamw', hyper, 5);
    expect(start).toEqual([1, 1]);
    expect(hyper).toEqual(HYPER);
  });

  it('stops SGD with α = 10 on the bowl at step 3, when f exceeds 1e12, and keeps only finite records', () => {
    // Closed form: y_t = (1 − 10·20)^t = (−199)^t, so f ≥ 10·y² passes 1e12 first at t = 3 (10·199⁶ ≈ 6.2e14),
    // while at t = 2 f = 361 + 10·199⁴ ≈ 1.6e10 is still accepted.
    const run = runOptimizer(SURFACES.bowl, [1, 1], 'sgd', { ...HYPER, learningRate: 10 }, 50);
    expect(run.divergence).toEqual({ step: 3, reason: 'too-large', quantity: 'loss' });
    expect(run.records).toHaveLength(3);
    for (const record of run.records) {
      for (const value of [...record.theta, record.loss, ...(record.gradient ?? [])]) {
        expect(Number.isFinite(value) && Math.abs(value) <= DIVERGENCE_LIMIT).toBe(true);
      }
    }
  });

  it('stops at the first non-finite value and names it', () => {
    const cliff: Surface = { ...SURFACES.square, value: (p) => (p[0]! > 1.05 ? Number.NaN : p[0]! ** 2), gradient: (p) => [2 * p[0]! - 3] };
    // g = 2θ − 3 = −1 at θ = 1: SGD with α = 0.1 moves to 1.1, where f is NaN.
    const run = runOptimizer(cliff, [1], 'sgd', HYPER, 10);
    expect(run.divergence).toEqual({ step: 1, reason: 'non-finite', quantity: 'loss' });
    expect(run.records).toHaveLength(1);
  });

  it('refuses β = 1 because the bias correction would divide by zero, and other unusable settings', () => {
    expect(() => runOptimizer(SURFACES.bowl, [1, 1], 'adam', { ...HYPER, beta1: 1 }, 5)).toThrow(/bias correction divides by 1 - beta1\^t/);
    expect(hyperParameterProblems({ ...HYPER, beta2: 1.5 })).toHaveLength(1);
    expect(hyperParameterProblems({ ...HYPER, learningRate: 0, momentum: 1, epsilon: -1, weightDecay: Number.NaN })).toHaveLength(4);
    expect(hyperParameterProblems(HYPER)).toEqual([]);
    expect(() => runOptimizer(SURFACES.bowl, [1], 'sgd', HYPER, 5)).toThrow(/start must be 2/);
    expect(() => runOptimizer(SURFACES.bowl, [1, 1], 'sgd', HYPER, 2.5)).toThrow(/whole number/);
  });

  it('knows its optimizer kinds', () => {
    expect(OPTIMIZER_KINDS).toEqual(['sgd', 'momentum', 'adam', 'adam-no-bias-correction', 'adamw']);
    expect(isOptimizerKind('adamw')).toBe(true);
    expect(isOptimizerKind('rmsprop')).toBe(false);
  });
});

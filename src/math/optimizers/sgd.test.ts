import { assert, double, integer, property } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SURFACES } from '../surfaces/catalog.ts';
import { PAPER_HYPERPARAMETERS } from './hyperParameters.ts';
import { runOptimizer } from './runOptimizer.ts';

describe('SGD', () => {
  it('follows its closed form on θ²: θ_t = (1 − 2α)^t·θ₀ (property)', () => {
    assert(
      property(
        double({ min: 1e-3, max: 0.95, noNaN: true }),
        double({ min: -1.5, max: 1.5, noNaN: true, noDefaultInfinity: true }).filter((x) => Math.abs(x) > 1e-3),
        integer({ min: 1, max: 60 }),
        (learningRate, start, steps) => {
          const run = runOptimizer(SURFACES.square, [start], 'sgd', { ...PAPER_HYPERPARAMETERS, learningRate }, steps);
          run.records.forEach((record, t) => {
            const expected = (1 - 2 * learningRate) ** t * start;
            // Each step rounds once: the error grows at most linearly in t.
            expect(Math.abs(record.theta[0]! - expected)).toBeLessThanOrEqual(4e-16 * (t + 1) * Math.abs(start) + 1e-300);
          });
        },
      ),
    );
  });

  // y ← y − α·20y = −y when α = 0.1, and x ← x − α·2x = 0.8x: the lesson the Adam chapter draws from the bowl.
  it('flips y between 1 and −1 forever on x² + 10y² with α = 0.1, while x_t = 0.8^t', () => {
    const run = runOptimizer(SURFACES.bowl, [1, 1], 'sgd', { ...PAPER_HYPERPARAMETERS, learningRate: 0.1 }, 40);
    run.records.forEach((record, t) => {
      expect(record.theta[1]).toBe((-1) ** t);
      expect(Math.abs(record.theta[0]! - 0.8 ** t)).toBeLessThanOrEqual(1e-15 * (t + 1));
    });
    expect(run.records[40]!.loss).toBeCloseTo(10, 6);
  });

  it('keeps no state and records Δθ = −α·g', () => {
    const record = runOptimizer(SURFACES.bowl, [1, 1], 'sgd', { ...PAPER_HYPERPARAMETERS, learningRate: 0.1 }, 1).records[1]!;
    expect(record.update).toEqual([-0.1 * 2, -0.1 * 20].map((value, index) => record.theta[index]! - [1, 1][index]!));
    expect(record.update![1]).toBeCloseTo(-2, 15);
    expect(record.m).toBeUndefined();
    expect(record.velocity).toBeUndefined();
  });
});

describe('SGD with momentum', () => {
  it('builds velocity v_t = μv_{t−1} + g_t: on θ² from 1 with α = 0.1, μ = 0.9, θ₁ = 0.8 and θ₂ = 0.46', () => {
    const run = runOptimizer(SURFACES.square, [1], 'momentum', { ...PAPER_HYPERPARAMETERS, learningRate: 0.1 }, 2);
    // By hand: v₁ = 2, θ₁ = 1 − 0.2 = 0.8; g₂ = 1.6, v₂ = 0.9·2 + 1.6 = 3.4, θ₂ = 0.8 − 0.34 = 0.46.
    expect(run.records[1]!.velocity![0]).toBeCloseTo(2, 15);
    expect(run.records[1]!.theta[0]).toBeCloseTo(0.8, 15);
    expect(run.records[2]!.velocity![0]).toBeCloseTo(3.4, 15);
    expect(run.records[2]!.theta[0]).toBeCloseTo(0.46, 15);
  });

  it('is exactly SGD when μ = 0 (property)', () => {
    assert(
      property(double({ min: -2, max: 2, noNaN: true }), double({ min: -1, max: 3, noNaN: true }), integer({ min: 1, max: 50 }), (x, y, steps) => {
        const hyper = { ...PAPER_HYPERPARAMETERS, learningRate: 1e-3, momentum: 0 };
        const plain = runOptimizer(SURFACES.rosenbrock, [x, y], 'sgd', hyper, steps);
        const heavy = runOptimizer(SURFACES.rosenbrock, [x, y], 'momentum', hyper, steps);
        // + 0 turns −0 into +0: the two update orders may round a zero step to zeros of different sign.
        const path = (run: typeof plain) => run.records.map((record) => record.theta.map((value) => value + 0));
        expect(path(heavy)).toEqual(path(plain));
      }),
    );
  });

  it('on a constant slope approaches the step α·g/(1 − μ)', () => {
    // The plateau far out is nearly flat; use a tilted plane instead: f(θ) = 3θ, g = 3.
    const plane = { ...SURFACES.square, value: (p: readonly number[]) => 3 * p[0]!, gradient: () => [3] };
    const run = runOptimizer(plane, [0], 'momentum', { ...PAPER_HYPERPARAMETERS, learningRate: 0.01, momentum: 0.9 }, 200);
    expect(run.records[200]!.update![0]).toBeCloseTo((-0.01 * 3) / (1 - 0.9), 8);
  });
});

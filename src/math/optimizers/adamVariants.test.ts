import { assert, double, integer, property, tuple } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SURFACES } from '../surfaces/catalog.ts';
import { PAPER_HYPERPARAMETERS } from './hyperParameters.ts';
import { runOptimizer } from './runOptimizer.ts';

const FACTS_HYPER = { ...PAPER_HYPERPARAMETERS, learningRate: 0.1 };
const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('Adam without bias correction', () => {
  it('takes a first step of α(1 − β₁)/√(1 − β₂) = 0.316227766016838 on θ² from 1 when ε = 0 (facts.md §4)', () => {
    const run = runOptimizer(SURFACES.square, [1], 'adam-no-bias-correction', { ...FACTS_HYPER, epsilon: 0 }, 1);
    expect(relativeError(-run.records[1]!.update![0]!, 0.316227766016838)).toBeLessThan(1e-12);
  });

  it('with ε = 1e-8 the first step is 0.02/(√0.004 + 1e-8) = 0.31622771601684596 (Python)', () => {
    const record = runOptimizer(SURFACES.square, [1], 'adam-no-bias-correction', FACTS_HYPER, 1).records[1]!;
    expect(relativeError(-record.update![0]!, 0.31622771601684596)).toBeLessThan(1e-12);
    // m and v are the same as with the correction; only m̂ and v̂ are missing.
    expect(relativeError(record.m![0]!, 0.2)).toBeLessThan(1e-15);
    expect(relativeError(record.v![0]!, 0.004)).toBeLessThan(1e-15);
    expect(record.mHat).toBeUndefined();
    expect(record.vHat).toBeUndefined();
  });

  it('matches Python for three steps on θ² (0.6837722839831544, 0.27020606850514395, −0.16214134322164275)', () => {
    const run = runOptimizer(SURFACES.square, [1], 'adam-no-bias-correction', FACTS_HYPER, 3);
    [0.6837722839831544, 0.27020606850514395, -0.16214134322164275].forEach((expected, index) => {
      expect(relativeError(run.records[index + 1]!.theta[0]!, expected)).toBeLessThan(1e-12);
    });
  });

  it('agrees with Adam once 1 − βᵗ ≈ 1: the bias correction matters only early on', () => {
    const hyper = { ...FACTS_HYPER, beta1: 0.5, beta2: 0.5, learningRate: 0.01 };
    const corrected = runOptimizer(SURFACES.square, [1], 'adam', hyper, 80).records;
    const plain = runOptimizer(SURFACES.square, [1], 'adam-no-bias-correction', hyper, 80).records;
    expect(Math.abs(corrected[1]!.update![0]! - plain[1]!.update![0]!)).toBeGreaterThan(1e-3);
    expect(Math.abs(corrected[80]!.update![0]! - plain[80]!.update![0]!)).toBeLessThan(1e-6);
  });
});

describe('AdamW', () => {
  it('matches PyTorch\'s order (θ·(1 − αλ), then the Adam step) for three steps on the bowl, λ = 0.5 (Python)', () => {
    const run = runOptimizer(SURFACES.bowl, [1, -0.5], 'adamw', { ...FACTS_HYPER, weightDecay: 0.5 }, 3);
    const expected = [
      [0.8500000004999999, -0.3750000001],
      [0.7082484433597453, -0.257992492057859],
      [0.5749739307415968, -0.15050263135708458],
    ];
    expected.forEach((row, index) => {
      row.forEach((value, coordinate) => expect(relativeError(run.records[index + 1]!.theta[coordinate]!, value)).toBeLessThan(1e-12));
    });
    // The decay term is −α·λ·θ_{t−1}: −0.1·0.5·1 = −0.05 for x at step 1.
    expect(relativeError(run.records[1]!.decay![0]!, -0.05)).toBeLessThan(1e-15);
  });

  it('is exactly Adam when λ = 0 (property)', () => {
    assert(
      property(
        tuple(double({ min: -2, max: 2, noNaN: true }), double({ min: -1, max: 3, noNaN: true })),
        integer({ min: 1, max: 40 }),
        (start, steps) => {
          const adamRun = runOptimizer(SURFACES.rosenbrock, start, 'adam', { ...FACTS_HYPER, learningRate: 0.01 }, steps);
          const adamWRun = runOptimizer(SURFACES.rosenbrock, start, 'adamw', { ...FACTS_HYPER, learningRate: 0.01, weightDecay: 0 }, steps);
          expect(adamWRun.records.map((record) => record.theta)).toEqual(adamRun.records.map((record) => record.theta));
        },
      ),
    );
  });

  it('shrinks θ toward 0 where the gradient is 0: on the plateau\'s far flat a pure decay remains', () => {
    // At (30, 0) the gradient underflows to 0, so m = v = 0 and only the decay moves x: x_t = 30·(1 − αλ)^t.
    const run = runOptimizer({ ...SURFACES.plateau, domain: [[-40, 40], [-40, 40]] }, [30, 0], 'adamw', { ...FACTS_HYPER, weightDecay: 0.1 }, 10);
    expect(relativeError(run.records[10]!.theta[0]!, 30 * (1 - 0.01) ** 10)).toBeLessThan(1e-12);
  });
});

import { assert, double, integer, property, tuple } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SURFACES } from '../surfaces/catalog.ts';
import { PAPER_HYPERPARAMETERS } from './hyperParameters.ts';
import reference from '../reference/optimizers.json';
import { runOptimizer } from './runOptimizer.ts';

/** α = 0.1 with Kingma & Ba's defaults otherwise, as in the reference runs (src/math/reference/optimizers.json). */
const REFERENCE_HYPER = { ...PAPER_HYPERPARAMETERS, learningRate: 0.1 };
const { adamWithoutBiasCorrectionOnSquare: plainRun, adamwOnBowl } = reference;
const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

describe('Adam without bias correction', () => {
  it('takes a first step of α(1 − β₁)/√(1 − β₂) = 0.316227766016838 on θ² from 1 when ε = 0', () => {
    const run = runOptimizer(SURFACES.square, [1], 'adam-no-bias-correction', { ...REFERENCE_HYPER, epsilon: 0 }, 1);
    const expected = reference.adamWithoutBiasCorrectionFirstStepWithoutEpsilon;
    expect(relativeError(-run.records[1]!.update![0]!, expected)).toBeLessThan(1e-12);
  });

  it('with ε = 1e-8 the first step is 0.02/(√0.004 + 1e-8) = 0.316227716', () => {
    const record = runOptimizer(SURFACES.square, [1], 'adam-no-bias-correction', REFERENCE_HYPER, 1).records[1]!;
    expect(relativeError(-record.update![0]!, 1 - plainRun.records[0]!.theta[0]!)).toBeLessThan(1e-12);
    // m and v are the same as with the correction; only m̂ and v̂ are missing.
    expect(relativeError(record.m![0]!, 0.2)).toBeLessThan(1e-15);
    expect(relativeError(record.v![0]!, 0.004)).toBeLessThan(1e-15);
    expect(record.mHat).toBeUndefined();
    expect(record.vHat).toBeUndefined();
  });

  it('matches the reference run for three steps on θ² (0.683772, 0.270206, −0.162141)', () => {
    const run = runOptimizer(SURFACES.square, plainRun.start, 'adam-no-bias-correction', REFERENCE_HYPER, plainRun.steps);
    plainRun.records.forEach((row, index) => {
      expect(relativeError(run.records[index + 1]!.theta[0]!, row.theta[0]!)).toBeLessThan(1e-12);
      expect(relativeError(run.records[index + 1]!.m![0]!, row.m[0]!)).toBeLessThan(1e-12);
      expect(relativeError(run.records[index + 1]!.v![0]!, row.v[0]!)).toBeLessThan(1e-12);
    });
  });

  it('agrees with Adam once 1 − βᵗ ≈ 1: the bias correction matters only early on', () => {
    const hyper = { ...REFERENCE_HYPER, beta1: 0.5, beta2: 0.5, learningRate: 0.01 };
    const corrected = runOptimizer(SURFACES.square, [1], 'adam', hyper, 80).records;
    const plain = runOptimizer(SURFACES.square, [1], 'adam-no-bias-correction', hyper, 80).records;
    expect(Math.abs(corrected[1]!.update![0]! - plain[1]!.update![0]!)).toBeGreaterThan(1e-3);
    expect(Math.abs(corrected[80]!.update![0]! - plain[80]!.update![0]!)).toBeLessThan(1e-6);
  });
});

describe('AdamW', () => {
  it('matches PyTorch\'s order (θ·(1 − αλ), then the Adam step) for three steps on the bowl, λ = 0.5', () => {
    const hyper = { ...REFERENCE_HYPER, weightDecay: adamwOnBowl.settings.decay };
    const run = runOptimizer(SURFACES.bowl, adamwOnBowl.start, 'adamw', hyper, adamwOnBowl.steps);
    adamwOnBowl.records.forEach((row, index) => {
      row.theta.forEach((value, coordinate) => expect(relativeError(run.records[index + 1]!.theta[coordinate]!, value)).toBeLessThan(1e-12));
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
          const adamRun = runOptimizer(SURFACES.rosenbrock, start, 'adam', { ...REFERENCE_HYPER, learningRate: 0.01 }, steps);
          const adamWRun = runOptimizer(SURFACES.rosenbrock, start, 'adamw', { ...REFERENCE_HYPER, learningRate: 0.01, weightDecay: 0 }, steps);
          expect(adamWRun.records.map((record) => record.theta)).toEqual(adamRun.records.map((record) => record.theta));
        },
      ),
    );
  });

  it('shrinks θ toward 0 where the gradient is 0: on the plateau\'s far flat a pure decay remains', () => {
    // At (30, 0) the gradient underflows to 0, so m = v = 0 and only the decay moves x: x_t = 30·(1 − αλ)^t.
    const run = runOptimizer({ ...SURFACES.plateau, domain: [[-40, 40], [-40, 40]] }, [30, 0], 'adamw', { ...REFERENCE_HYPER, weightDecay: 0.1 }, 10);
    expect(relativeError(run.records[10]!.theta[0]!, 30 * (1 - 0.01) ** 10)).toBeLessThan(1e-12);
  });
});

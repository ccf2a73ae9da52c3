import { array, assert, double, integer, property, tuple } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SURFACES } from '../surfaces/catalog.ts';
import { adam } from './adam.ts';
import { PAPER_HYPERPARAMETERS, type HyperParameters } from './hyperParameters.ts';
import reference from '../reference/optimizers.json';
import { runOptimizer, type StepRecord } from './runOptimizer.ts';

// Adam on f(θ) = θ² from θ₀ = 1 and on x² + 10y² from (1, 1), α = 0.1, β₁ = 0.9, β₂ = 0.999, ε = 1e-8: float64 runs
// of Kingma & Ba's Algorithm 1, checked against 30-digit ones (src/math/reference/optimizers.json, from reference.py).
const { adamOnSquare, adamOnBowl } = reference;
// A double's own rounding is about 1e-16 per operation; five steps leave the runs within 1e-14 of each other.
const RELATIVE = 1e-12;
const REFERENCE_HYPER: HyperParameters = { ...PAPER_HYPERPARAMETERS, learningRate: adamOnSquare.settings.lr };

const expectClose = (actual: number | undefined, expected: number, relative = RELATIVE) =>
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));

/** The reference run's Adam quantities of one coordinate at one step, in the order of `columns`. */
const referenceColumns = (row: (typeof adamOnBowl.records)[number], index: number) =>
  [row.g[index]!, row.m[index]!, row.v[index]!, row.mHat[index]!, row.vHat[index]!, row.theta[index]!];

/** The Adam quantities of one coordinate of a record: g, m, v, m̂, v̂, θ. */
const columns = (record: StepRecord, index: number) => [
  record.gradient![index]!,
  record.m![index]!,
  record.v![index]!,
  record.mHat![index]!,
  record.vHat![index]!,
  record.theta[index]!,
];

describe('Adam', () => {
  it('reproduces the reference run on θ² to 1e-12 relative error', () => {
    const run = runOptimizer(SURFACES.square, adamOnSquare.start, 'adam', REFERENCE_HYPER, adamOnSquare.steps);
    expect(run.records).toHaveLength(6);
    adamOnSquare.records.forEach((row, index) => {
      const record = run.records[index + 1]!;
      expect(record.step).toBe(row.t);
      columns(record, 0).forEach((value, column) => expectClose(value, referenceColumns(row, 0)[column]!));
      expectClose(record.loss, row.loss);
      const previous = index === 0 ? adamOnSquare.start[0]! : adamOnSquare.records[index - 1]!.theta[0]!;
      expectClose(record.update![0], row.theta[0]! - previous, 1e-9);
    });
  });

  it('reproduces the reference run on x² + 10y²: x moves as on θ², y nearly the same way despite a 10× gradient', () => {
    const run = runOptimizer(SURFACES.bowl, adamOnBowl.start, 'adam', REFERENCE_HYPER, adamOnBowl.steps);
    expect(run.records).toHaveLength(6);
    adamOnBowl.records.forEach((row, index) => {
      const record = run.records[index + 1]!;
      for (const coordinate of [0, 1]) {
        columns(record, coordinate).forEach((value, column) => expectClose(value, referenceColumns(row, coordinate)[column]!));
      }
      expectClose(record.loss, row.loss);
      // The x column is the θ² run's: the two problems share x's gradient 2x.
      expectClose(record.theta[0], adamOnSquare.records[index]!.theta[0]!);
    });
  });

  it('takes a first step of exactly α·g/(|g| + ε) per coordinate, about α·sign(g) (property)', () => {
    assert(
      property(
        tuple(double({ min: -1.4, max: 1.4, noNaN: true }), double({ min: -1.4, max: 1.4, noNaN: true })),
        double({ min: 1e-4, max: 1, noNaN: true }),
        (start, learningRate) => {
          const hyper = { ...PAPER_HYPERPARAMETERS, learningRate };
          const record = runOptimizer(SURFACES.bowl, start, 'adam', hyper, 1).records[1]!;
          record.gradient!.forEach((g, index) => {
            const expected = (-learningRate * g) / (Math.abs(g) + hyper.epsilon);
            expect(Math.abs(record.update![index]! - expected)).toBeLessThanOrEqual(1e-12 * learningRate + 1e-15);
            // Away from g ≈ ε the step is α to within α·ε/|g|.
            const sizeError = Math.abs(g) > 1e-4 ? Math.abs(Math.abs(record.update![index]!) - learningRate) : 0;
            expect(sizeError).toBeLessThan(1e-3 * learningRate);
          });
        },
      ),
    );
  });

  it('never steps further than the Cauchy–Schwarz bound on m̂/√v̂, whatever the gradients (property)', () => {
    // |m̂_t|/√v̂_t ≤ (1−β₁)/(1−β₁ᵗ) · √((1−β₂ᵗ)/(1−β₂)) · √((1−γᵗ)/(1−γ)) with γ = β₁²/β₂ (needs γ ≠ 1).
    // The paper's simpler α(1−β₁)/√(1−β₂) is only a typical-case estimate: gradients that grow steadily exceed it.
    const bound = (beta1: number, beta2: number, t: number) => {
      const gamma = (beta1 * beta1) / beta2;
      return ((1 - beta1) / (1 - beta1 ** t)) * Math.sqrt((1 - beta2 ** t) / (1 - beta2)) * Math.sqrt((1 - gamma ** t) / (1 - gamma));
    };
    assert(
      property(
        array(double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 40 }),
        double({ min: 0, max: 0.99, noNaN: true }),
        double({ min: 0.5, max: 0.9999, noNaN: true }),
        (gradients, beta1, beta2) => {
          const hyper = { ...PAPER_HYPERPARAMETERS, learningRate: 0.1, beta1, beta2 };
          // One coordinate fed an arbitrary gradient sequence through Adam's per-coordinate step.
          let previous = new Float64Array(adam.quantities.length);
          let theta = 0;
          gradients.forEach((g, index) => {
            const next = new Float64Array(adam.quantities.length);
            const after = adam.step(theta, g, index + 1, previous, next, hyper);
            const limit = hyper.learningRate * bound(beta1, beta2, index + 1);
            expect(Math.abs(after - theta)).toBeLessThanOrEqual(limit * (1 + 1e-9));
            previous = next;
            theta = after;
          });
        },
      ),
    );
  });

  it('does not care about the gradient\'s scale when ε = 0: c·f gives the same path as f (property)', () => {
    assert(
      property(double({ min: 1e-3, max: 1e3, noNaN: true }), integer({ min: 1, max: 30 }), (scale, steps) => {
        const hyper = { ...REFERENCE_HYPER, epsilon: 0 };
        const scaled = { ...SURFACES.bowl, value: (p: readonly number[]) => scale * SURFACES.bowl.value(p), gradient: (p: readonly number[]) => SURFACES.bowl.gradient(p).map((g) => scale * g) };
        const plain = runOptimizer(SURFACES.bowl, [1, -0.7], 'adam', hyper, steps).records.at(-1)!;
        const other = runOptimizer(scaled, [1, -0.7], 'adam', hyper, steps).records.at(-1)!;
        other.theta.forEach((value, index) => expect(Math.abs(value - plain.theta[index]!)).toBeLessThan(1e-9));
      }),
    );
  });

  it('moves about α per step even with α = 10 on the bowl, so it never diverges there', () => {
    const run = runOptimizer(SURFACES.bowl, [1, 1], 'adam', { ...REFERENCE_HYPER, learningRate: 10 }, 200);
    expect(run.divergence).toBeUndefined();
    expect(run.records).toHaveLength(201);
    for (const record of run.records.slice(1)) {
      for (const step of record.update!) expect(Math.abs(step)).toBeLessThan(10 * 3.2);
    }
  });
});

import { array, assert, double, integer, property, tuple } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SURFACES } from '../surfaces/catalog.ts';
import { adam } from './adam.ts';
import { PAPER_HYPERPARAMETERS, type HyperParameters } from './hyperParameters.ts';
import { runOptimizer, type StepRecord } from './runOptimizer.ts';

// facts.md §4: Adam on f(θ) = θ² from θ₀ = 1 with α = 0.1, β₁ = 0.9, β₂ = 0.999, ε = 1e-8 (Python float64,
// cross-checked with 30-digit mpmath). Columns: g, m, v, m̂, v̂, θ.
const SQUARE_TABLE = [
  [2, 0.2, 0.004, 2, 4, 0.9000000005],
  [1.800000001, 0.3600000001, 0.00723600000360001, 1.89473684263158, 3.61980990675343, 0.800412228691793],
  [1.60082445738359, 0.484082445828358, 0.00979140294695386, 1.78628208792752, 3.26706696025589, 0.70158627294603],
  [1.40317254589206, 0.575991455834729, 0.0117505047375521, 1.67488065087156, 2.94203629753357, 0.603939060573746],
  [1.20787812114749, 0.639180122366005, 0.0131977237883614, 1.56084130391445, 2.64482912891615, 0.507963659264342],
];
// facts.md §4: the y coordinate of Adam on x² + 10y² from (1, 1). Columns: g, m, v, m̂, v̂, y, f(x, y).
const BOWL_Y_TABLE = [
  [20, 2, 0.4, 20, 400, 0.90000000005, 8.9100000018],
  [18.000000001, 3.6000000001, 0.723600000036001, 18.9473684215789, 361.980990513262, 0.800412227773302, 7.04725707952957],
  [16.008244555466, 4.8408244556366, 0.979140293783573, 17.8628208695078, 326.706695721347, 0.701586271543484, 5.41445626256918],
  [14.0317254308697, 5.75991455315991, 1.1750504720571, 16.7488064936316, 294.203629328193, 0.60393905867622, 4.01216625483389],
  [12.0787811735244, 6.39180121519636, 1.31977237622294, 15.6084130184766, 264.482912367929, 0.507963656867751, 2.8382978461178],
];
// The tables carry 15 significant digits, so they pin the implementation to about 1e-14.
const RELATIVE = 1e-12;
const FACTS_HYPER: HyperParameters = { ...PAPER_HYPERPARAMETERS, learningRate: 0.1 };

const expectClose = (actual: number | undefined, expected: number, relative = RELATIVE) =>
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));

/** The Adam quantities of one coordinate of a record, in the tables' column order. */
const columns = (record: StepRecord, index: number) => [
  record.gradient![index]!,
  record.m![index]!,
  record.v![index]!,
  record.mHat![index]!,
  record.vHat![index]!,
  record.theta[index]!,
];

describe('Adam', () => {
  it('reproduces the θ² table of facts.md §4 to 1e-12 relative error', () => {
    const run = runOptimizer(SURFACES.square, [1], 'adam', FACTS_HYPER, 5);
    expect(run.records).toHaveLength(6);
    SQUARE_TABLE.forEach((row, index) => {
      const record = run.records[index + 1]!;
      expect(record.step).toBe(index + 1);
      columns(record, 0).forEach((value, column) => expectClose(value, row[column]!));
      expectClose(record.update![0], row[5]! - (index === 0 ? 1 : SQUARE_TABLE[index - 1]![5]!), 1e-9);
    });
  });

  it('reproduces the x² + 10y² table of facts.md §4: x as for θ², y and f from their own table', () => {
    const run = runOptimizer(SURFACES.bowl, [1, 1], 'adam', FACTS_HYPER, 5);
    expect(run.records).toHaveLength(6);
    BOWL_Y_TABLE.forEach((row, index) => {
      const record = run.records[index + 1]!;
      columns(record, 0).forEach((value, column) => expectClose(value, SQUARE_TABLE[index]![column]!));
      columns(record, 1).forEach((value, column) => expectClose(value, row[column]!));
      expectClose(record.loss, row[6]!);
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
        const hyper = { ...FACTS_HYPER, epsilon: 0 };
        const scaled = { ...SURFACES.bowl, value: (p: readonly number[]) => scale * SURFACES.bowl.value(p), gradient: (p: readonly number[]) => SURFACES.bowl.gradient(p).map((g) => scale * g) };
        const plain = runOptimizer(SURFACES.bowl, [1, -0.7], 'adam', hyper, steps).records.at(-1)!;
        const other = runOptimizer(scaled, [1, -0.7], 'adam', hyper, steps).records.at(-1)!;
        other.theta.forEach((value, index) => expect(Math.abs(value - plain.theta[index]!)).toBeLessThan(1e-9));
      }),
    );
  });

  it('moves about α per step even with α = 10 on the bowl, so it never diverges there', () => {
    const run = runOptimizer(SURFACES.bowl, [1, 1], 'adam', { ...FACTS_HYPER, learningRate: 10 }, 200);
    expect(run.divergence).toBeUndefined();
    expect(run.records).toHaveLength(201);
    for (const record of run.records.slice(1)) {
      for (const step of record.update!) expect(Math.abs(step)).toBeLessThan(10 * 3.2);
    }
  });
});

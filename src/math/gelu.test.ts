import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gelu,
  geluDerivative,
  geluSecondDerivative,
  geluSigmoidApproximation,
  geluTanhApproximation,
  geluThirdDerivative,
  relu,
  sigmoid,
} from './gelu.ts';
import { erf, normalCdf, normalDensity } from './normal.ts';
import { relativeError } from './testing.ts';

/** facts.md §4 (float64, cross-checked with 30-digit mpmath): x, erf(x), Φ(x), GELU(x), GELU′(x). */
const TABLE: readonly (readonly [number, number, number, number, number])[] = [
  [-3, -0.9999779095030014, 0.001349898031630095, -0.004049694094890284, -0.01194564720418393],
  [-1, -0.8427007929497149, 0.1586552539314571, -0.1586552539314571, -0.0833154705876863],
  [-0.5, -0.5204998778130465, 0.3085375387259869, -0.1542687693629934, 0.1325048753438372],
  [0, 0, 0.5, 0, 0.5],
  [0.5, 0.5204998778130465, 0.6914624612740131, 0.3457312306370066, 0.8674951246561629],
  [1, 0.8427007929497149, 0.8413447460685429, 0.8413447460685429, 1.083315470587686],
  [2, 0.9953222650189527, 0.9772498680518208, 1.954499736103642, 1.085231801078197],
  [3, 0.9999779095030014, 0.9986501019683699, 2.99595030590511, 1.011945647204184],
];

/** facts.md §4: x, tanh approximation, x·σ(1.702x). Both are exactly 0 at x = 0. */
const APPROXIMATIONS: readonly (readonly [number, number, number])[] = [
  [-3, -0.00363739208177299, -0.018071309707786],
  [-1, -0.158808009391723, -0.154204234067179],
  [-0.5, -0.154285990174856, -0.14961156339362],
  [0, 0, 0],
  [0.5, 0.345714009825144, 0.35038843660638],
  [1, 0.841191990608277, 0.845795765932821],
  [2, 1.95459769408777, 1.93565862314421],
  [3, 2.99636260791823, 2.98192869029221],
];

/**
 * The table is printed to 15–16 significant digits (written here as the nearest double: the linter refuses digits a
 * double cannot hold), so 1e-12 relative leaves room only for real errors.
 */
const TABLE_TOLERANCE = 1e-12;

describe('erf, Φ, GeLU and GeLU′ against facts.md §4', () => {
  it.each(TABLE)('x = %d', (x, erfValue, cdfValue, geluValue, derivativeValue) => {
    expect(relativeError(erf(x), erfValue), 'erf').toBeLessThanOrEqual(TABLE_TOLERANCE);
    expect(relativeError(normalCdf(x), cdfValue), 'normalCdf').toBeLessThanOrEqual(TABLE_TOLERANCE);
    expect(relativeError(gelu(x), geluValue), 'gelu').toBeLessThanOrEqual(TABLE_TOLERANCE);
    expect(relativeError(geluDerivative(x), derivativeValue), 'geluDerivative').toBeLessThanOrEqual(TABLE_TOLERANCE);
  });

  it('gives GeLU′(−6) = −3.54687094539e-8 in the far tail (Φ through erfc keeps its digits)', () => {
    // facts.md prints −3.54687094539e-8; the 30-digit mpmath value is used here so the full tolerance applies.
    expect(relativeError(geluDerivative(-6), -3.5468709453902015e-8), 'GeLU′(−6)').toBeLessThanOrEqual(TABLE_TOLERANCE);
  });

  it('keeps Φ accurate deep in the left tail, where 1 + erf would round to 0', () => {
    // mpmath.ncdf(-10) at 30 digits.
    expect(relativeError(normalCdf(-10), 7.619853024160525e-24), 'normalCdf').toBeLessThanOrEqual(TABLE_TOLERANCE);
  });
});

describe('the approximations against facts.md §4', () => {
  it.each(APPROXIMATIONS)('x = %d', (x, tanhValue, sigmoidValue) => {
    expect(relativeError(geluTanhApproximation(x), tanhValue), 'geluTanhApproximation').toBeLessThanOrEqual(TABLE_TOLERANCE);
    expect(relativeError(geluSigmoidApproximation(x), sigmoidValue), 'geluSigmoidApproximation').toBeLessThanOrEqual(TABLE_TOLERANCE);
  });
});

describe('derivatives agree with finite differences', () => {
  // A central difference with step 1e-5 is accurate to about 1e-9 for these smooth functions.
  const centralDifference = (f: (x: number) => number, x: number, h = 1e-5) => (f(x + h) - f(x - h)) / (2 * h);
  it.each([-3, -1.2, -0.3, 0.4, 1.7, 2.5])('at x = %d', (x) => {
    expect(geluDerivative(x)).toBeCloseTo(centralDifference(gelu, x), 8);
    expect(geluSecondDerivative(x)).toBeCloseTo(centralDifference(geluDerivative, x), 8);
    expect(geluThirdDerivative(x)).toBeCloseTo(centralDifference(geluSecondDerivative, x), 8);
    expect(normalDensity(x)).toBeCloseTo(centralDifference(normalCdf, x), 8);
  });
});

describe('identities (property-based)', () => {
  const finite = fc.double({ min: -40, max: 40, noNaN: true });

  it('GeLU(x) − GeLU(−x) = x', () => {
    fc.assert(
      fc.property(finite, (x) => {
        // Both terms are at most |x| in size, so the identity holds to a few rounding steps of |x|.
        expect(Math.abs(gelu(x) - gelu(-x) - x)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.max(Math.abs(x), 1e-300));
      }),
    );
  });

  it('GeLU′(x) + GeLU′(−x) = 1', () => {
    fc.assert(
      fc.property(finite, (x) => {
        expect(Math.abs(geluDerivative(x) + geluDerivative(-x) - 1)).toBeLessThanOrEqual(4 * Number.EPSILON);
      }),
    );
  });

  it('both approximations share the identity A(x) − A(−x) = x', () => {
    fc.assert(
      fc.property(finite, (x) => {
        const bound = 4 * Number.EPSILON * Math.max(Math.abs(x), 1e-300);
        expect(Math.abs(geluTanhApproximation(x) - geluTanhApproximation(-x) - x)).toBeLessThanOrEqual(bound);
        expect(Math.abs(geluSigmoidApproximation(x) - geluSigmoidApproximation(-x) - x)).toBeLessThanOrEqual(bound);
      }),
    );
  });

  it('GeLU lies between ReLU − 0.17 and ReLU, and every curve stays finite up to ±1e6', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const values = [gelu(x), geluDerivative(x), geluTanhApproximation(x), geluSigmoidApproximation(x), sigmoid(x), erf(x)];
        expect(values.every(Number.isFinite)).toBe(true);
        expect(gelu(x)).toBeLessThanOrEqual(relu(x) + 1e-300);
        expect(gelu(x)).toBeGreaterThanOrEqual(relu(x) - 0.17);
      }),
    );
  });
});

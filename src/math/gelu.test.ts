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
import reference from './reference/gelu.json';
import { relativeError } from './testing.ts';

/**
 * Reference values at 30 digits, rounded to doubles (src/math/reference/gelu.json, from reference.py beside it). A
 * double carries about 16 significant digits, so 1e-12 relative leaves room only for real errors.
 */
const TABLE_TOLERANCE = 1e-12;

describe('erf, Φ, φ, GeLU and GeLU′ against the reference values', () => {
  it.each(reference.points)('x = $x', ({ x, erf: erfValue, cdf, density, gelu: geluValue, derivative }) => {
    expect(relativeError(erf(x), erfValue), 'erf').toBeLessThanOrEqual(TABLE_TOLERANCE);
    expect(relativeError(normalCdf(x), cdf), 'normalCdf').toBeLessThanOrEqual(TABLE_TOLERANCE);
    expect(relativeError(normalDensity(x), density), 'normalDensity').toBeLessThanOrEqual(TABLE_TOLERANCE);
    expect(relativeError(gelu(x), geluValue), 'gelu').toBeLessThanOrEqual(TABLE_TOLERANCE);
    expect(relativeError(geluDerivative(x), derivative), 'geluDerivative').toBeLessThanOrEqual(TABLE_TOLERANCE);
  });

  it('gives GeLU′(−6) = −3.54687e-8 in the far tail (Φ through erfc keeps its digits)', () => {
    expect(relativeError(geluDerivative(-6), reference.tail.derivativeAtMinus6), 'GeLU′(−6)').toBeLessThanOrEqual(TABLE_TOLERANCE);
  });

  it('keeps Φ accurate deep in the left tail, where 1 + erf would round to 0', () => {
    expect(relativeError(normalCdf(-10), reference.tail.cdfAtMinus10), 'normalCdf').toBeLessThanOrEqual(TABLE_TOLERANCE);
  });
});

describe('the approximations against the reference values', () => {
  it.each(reference.points)('x = $x', ({ x, tanh, sigmoid: sigmoidForm }) => {
    // Near x = −3 the tanh form is 1 + tanh(u) with tanh(u) ≈ −0.9976: that cancellation costs it ~400 ulps.
    expect(relativeError(geluTanhApproximation(x), tanh), 'geluTanhApproximation').toBeLessThanOrEqual(TABLE_TOLERANCE);
    expect(relativeError(geluSigmoidApproximation(x), sigmoidForm), 'geluSigmoidApproximation').toBeLessThanOrEqual(TABLE_TOLERANCE);
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

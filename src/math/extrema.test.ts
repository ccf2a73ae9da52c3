import { describe, expect, it } from 'vitest';
import { gelu, geluDerivative, geluSigmoidApproximation, geluTanhApproximation } from './gelu.ts';
import { geluMinimum, geluShallowestSlope, geluSteepestSlope, largestDifference, newtonRoot } from './extrema.ts';
import reference from './reference/gelu.json';
import { relativeError } from './testing.ts';

/** Reference values: src/math/reference/gelu.json (mpmath at 30 digits, rounded to doubles). */
const TOLERANCE = 1e-12;

describe('Newton on GeLU′ = 0 and GeLU″ = 0', () => {
  it('finds the minimum of GeLU at x* = −0.7517915246935645, GeLU(x*) = −0.16997120747990366', () => {
    const minimum = geluMinimum();
    expect(relativeError(minimum.x, reference.minimum.x)).toBeLessThanOrEqual(TOLERANCE);
    expect(relativeError(minimum.y, reference.minimum.value)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(geluDerivative(minimum.x))).toBeLessThan(1e-15);
  });

  it('finds the steepest slope at √2 with GeLU′ = 1.1289041451851547 = Φ(√2) + 1/(e√π)', () => {
    const steepest = geluSteepestSlope();
    expect(relativeError(steepest.x, reference.steepestSlope.x)).toBeLessThanOrEqual(TOLERANCE);
    expect(relativeError(steepest.y, reference.steepestSlope.value)).toBeLessThanOrEqual(TOLERANCE);
    expect(reference.steepestSlope.value).toBe(reference.steepestSlope.closedForm);
  });

  it('finds the most negative slope at −√2 with GeLU′ = −0.12890414518515478', () => {
    const shallowest = geluShallowestSlope();
    expect(relativeError(shallowest.x, reference.shallowestSlope.x)).toBeLessThanOrEqual(TOLERANCE);
    expect(relativeError(shallowest.y, reference.shallowestSlope.value)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('refuses to continue from a point where the derivative vanishes', () => {
    expect(() => newtonRoot((x) => x * x - 2, (x) => 2 * x, 0)).toThrow(RangeError);
  });
});

describe('largest difference between exact GeLU and its approximations', () => {
  // The values are differences of two numbers near 2.7, so each carries an absolute rounding error of about
  // 1e-16·2.7 and the best achievable relative accuracy of a 4.7e-4 gap is ~1e-12: allow 1e-11.
  const VALUE_TOLERANCE = 1e-11;
  // A maximum is flat: rounding noise of ~1e-12 (relative) in the gap leaves its location uncertain by about
  // √(1e-12) = 1e-6 relative, whatever the search does. That is the tolerance.
  const LOCATION_TOLERANCE = 1e-6;

  it('tanh form on [−6, 6]: 4.73235520687285e-4 at x = ±2.69894138637727, with exact < approximation', () => {
    const largest = largestDifference(gelu, geluTanhApproximation, -6, 6);
    expect(relativeError(largest.value, reference.largestError.tanh.value)).toBeLessThanOrEqual(VALUE_TOLERANCE);
    expect(relativeError(Math.abs(largest.at), reference.largestError.tanh.at)).toBeLessThanOrEqual(LOCATION_TOLERANCE);
    expect(gelu(largest.at)).toBeLessThan(geluTanhApproximation(largest.at));
  });

  it('sigmoid form on [−6, 6]: 2.03348722092392e-2 at x = ±2.27039773719661, with exact > approximation', () => {
    const largest = largestDifference(gelu, geluSigmoidApproximation, -6, 6);
    expect(relativeError(largest.value, reference.largestError.sigmoid.value)).toBeLessThanOrEqual(VALUE_TOLERANCE);
    expect(relativeError(Math.abs(largest.at), reference.largestError.sigmoid.at)).toBeLessThanOrEqual(LOCATION_TOLERANCE);
    expect(gelu(largest.at)).toBeGreaterThan(geluSigmoidApproximation(largest.at));
  });

  it('finds the peak even when coarse samples straddle it', () => {
    // 7 samples on [−6, 6] land at integers; the peak at 2.699 lies between them.
    const largest = largestDifference(gelu, geluTanhApproximation, -6, 6, 7);
    expect(relativeError(largest.value, reference.largestError.tanh.value)).toBeLessThanOrEqual(VALUE_TOLERANCE);
  });

  it('reports an endpoint when the gap grows towards the edge of the range', () => {
    // On [0, 1] the tanh gap rises all the way to x = 1 (its peak on the positive side is near 1.5).
    const largest = largestDifference(gelu, geluTanhApproximation, 0, 1);
    expect(largest.at).toBeCloseTo(1, 12);
    expect(relativeError(largest.value, Math.abs(gelu(1) - geluTanhApproximation(1)))).toBeLessThanOrEqual(VALUE_TOLERANCE);
  });

  it('prefers the global peak to a local one that a coarse sample hits squarely', () => {
    // The sigmoid gap has a local peak of 0.0064 near 0.75 and the global one of 0.0203 near 2.27.
    const largest = largestDifference(gelu, geluSigmoidApproximation, 0, 3, 4);
    expect(relativeError(largest.value, reference.largestError.sigmoid.value)).toBeLessThanOrEqual(VALUE_TOLERANCE);
  });

  it('rejects an empty range', () => {
    expect(() => largestDifference(gelu, geluTanhApproximation, 1, 1)).toThrow(RangeError);
  });
});

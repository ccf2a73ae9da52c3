import { describe, expect, it } from 'vitest';
import reference from '../../math/reference/gelu.json';
import { gelu, geluDerivative, geluSigmoidApproximation, geluTanhApproximation } from '../../math/gelu.ts';
import { relativeError } from '../../math/testing.ts';
import { approximationError, CURVES } from './curves.ts';
import { KEY_POINTS } from './keyPoints.ts';
import { largestApproximationError, peakLocation, sampleCurves, sampleXs, valueRange } from './samples.ts';

describe('sampling', () => {
  it('spans the view and includes 0 so that ReLU’s kink is sharp', () => {
    const xs = sampleXs({ xmin: -4, xmax: 3 }, 400);
    expect(xs[0]).toBe(-4);
    expect(xs.at(-1)).toBe(3);
    expect(xs).toContain(0);
    expect(xs.every((x, index) => index === 0 || x > xs[index - 1]!)).toBe(true);
  });

  it('samples every curve with the src/math functions, and the errors as approximation − exact', () => {
    const samples = sampleCurves({ xmin: -6, xmax: 6 }, 400);
    const index = samples.xs.indexOf(0) + 37;
    const x = samples.xs[index]!;
    expect(samples.values.gelu[index]).toBe(gelu(x));
    expect(samples.values.derivative[index]).toBe(geluDerivative(x));
    expect(samples.errors.tanh[index]).toBe(geluTanhApproximation(x) - gelu(x));
    expect(samples.errors.sigmoid[index]).toBe(approximationError('sigmoid', x));
    expect(Object.keys(samples.values)).toEqual(CURVES.map((curve) => curve.id));
  });

  it('finds the value range of the enabled curves only', () => {
    const samples = sampleCurves({ xmin: -4, xmax: 4 }, 400);
    const [low, high] = valueRange(samples, ['erf'])!;
    expect(low).toBeCloseTo(-0.99999998, 6);
    expect(high).toBeCloseTo(0.99999998, 6);
    expect(valueRange(samples, [])).toBeUndefined();
    expect(valueRange(samples, ['gelu'])![0]).toBeCloseTo(KEY_POINTS[0]!.point.y, 4);
  });
});

describe('largest approximation error in view', () => {
  // Reference: src/math/reference/gelu.json. The gap is a difference of numbers near 2.7, so ~1e-12 relative is the
  // floor: allow 1e-11.
  it('is 4.73235520687285e-4 for tanh and 2.03348722092392e-2 for sigmoid over [−6, 6]', () => {
    const { range, tanh, sigmoid } = reference.largestError;
    const view = { xmin: range[0]!, xmax: range[1]! };
    expect(relativeError(largestApproximationError('tanh', view).value, tanh.value)).toBeLessThanOrEqual(1e-11);
    expect(relativeError(largestApproximationError('sigmoid', view).value, sigmoid.value)).toBeLessThanOrEqual(1e-11);
  });

  it('shrinks with the view: on [−1, 1] the tanh gap peaks at the edge', () => {
    const largest = largestApproximationError('tanh', { xmin: -1, xmax: 1 });
    expect(Math.abs(largest.at)).toBeCloseTo(1, 9);
    expect(relativeError(largest.value, Math.abs(geluTanhApproximation(1) - gelu(1)))).toBeLessThanOrEqual(1e-11);
    expect(largestApproximationError('sigmoid', { xmin: 0, xmax: 0.5 }).value).toBeLessThan(
      Math.abs(geluSigmoidApproximation(2.27) - gelu(2.27)),
    );
  });

  it('writes the peak as ±x when its mirror image is in view too', () => {
    expect(peakLocation(2.69894138637727, { xmin: -6, xmax: 6 })).toBe('±2.699');
    expect(peakLocation(-2.69894138637727, { xmin: -6, xmax: 6 })).toBe('±2.699');
    expect(peakLocation(2.69894138637727, { xmin: 0, xmax: 6 })).toBe('2.699');
    expect(peakLocation(2.27039773719661, { xmin: -6, xmax: 6 })).toBe('±2.270');
  });
});

import { describe, expect, it } from 'vitest';
import { gelu, relu } from './gelu.ts';
import { integrate, normalExpectation } from './integrate.ts';
import reference from './reference/gelu.json';
import { relativeError } from './testing.ts';

/** Moments for X ~ N(0, 1): src/math/reference/gelu.json (mpmath quad at 30 digits). */
const moments = reference.normalMoments;
const TOLERANCE = 1e-12;

describe('integrate', () => {
  it('is exact for a polynomial of degree 9 on a single panel', () => {
    // ∫₀² x⁹ dx = 2¹⁰/10
    expect(relativeError(integrate((x) => x ** 9, 0, 2, 1), 102.4)).toBeLessThanOrEqual(1e-14);
  });

  it('integrates the normal density to 1', () => {
    expect(relativeError(normalExpectation(() => 1), 1)).toBeLessThanOrEqual(TOLERANCE);
  });
});

describe('moments of GeLU and ReLU outputs for N(0, 1) inputs', () => {
  const geluMean = normalExpectation(gelu);
  const geluSquare = normalExpectation((x) => gelu(x) ** 2);
  const reluMean = normalExpectation(relu);
  const reluSquare = normalExpectation((x) => relu(x) ** 2);

  it('E[GeLU] = 1/(2√π) = 0.282094791773878', () => {
    expect(relativeError(geluMean, moments.geluMean)).toBeLessThanOrEqual(TOLERANCE);
    expect(relativeError(geluMean, 1 / (2 * Math.sqrt(Math.PI)))).toBeLessThanOrEqual(TOLERANCE);
  });

  it('E[GeLU²] = 0.425221482570299 and Var = 0.345644011024351', () => {
    expect(relativeError(geluSquare, moments.geluSquareMean)).toBeLessThanOrEqual(TOLERANCE);
    expect(relativeError(geluSquare - geluMean ** 2, moments.geluVariance)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('ReLU: mean 1/√(2π) = 0.398942280401433, Var 0.340845056908105', () => {
    expect(relativeError(reluMean, moments.reluMean)).toBeLessThanOrEqual(TOLERANCE);
    expect(relativeError(reluSquare - reluMean ** 2, moments.reluVariance)).toBeLessThanOrEqual(TOLERANCE);
  });
});

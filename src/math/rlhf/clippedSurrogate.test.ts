import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import RLHF_REFERENCE from '../reference/rlhf.json';
import { clippedObjective, clippedObjectiveSlope, evaluateSurrogate, isClipped } from './clippedSurrogate.ts';
import { logSoftmax } from './policy.ts';

const { surrogate: reference } = RLHF_REFERENCE;

describe('the clipped surrogate', () => {
  it('matches numpy: value, gradient in θ and ratios', () => {
    const result = evaluateSurrogate(logSoftmax(reference.logits), reference.samples, reference.epsilon);
    expect(Math.abs(result.value - reference.value)).toBeLessThan(1e-12);
    result.gradient.forEach((g, k) => expect(Math.abs(g - reference.gradient[k]!)).toBeLessThan(1e-12));
    result.ratios.forEach((rho, i) => expect(Math.abs(rho - reference.ratios[i]!)).toBeLessThan(1e-12));
  });

  it('has the gradient of its value away from the kinks: finite differences agree (property)', () => {
    const logits = fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(logits, (theta) => {
        const value = (t: number[]) => evaluateSurrogate(logSoftmax(t), reference.samples, 0.2).value;
        const { gradient, ratios } = evaluateSurrogate(logSoftmax(theta), reference.samples, 0.2);
        // Skip points within reach of a kink (ρ = 1 ± ε), where the one-sided slopes differ.
        fc.pre(ratios.every((rho) => Math.abs(rho - 0.8) > 1e-4 && Math.abs(rho - 1.2) > 1e-4));
        const h = 1e-7;
        theta.forEach((_, j) => {
          const numeric = (value(theta.map((v, i) => (i === j ? v + h : v))) - value(theta.map((v, i) => (i === j ? v - h : v)))) / (2 * h);
          expect(Math.abs(gradient[j]! - numeric)).toBeLessThan(1e-6);
        });
      }),
    );
  });

  it("stops the ratio's gradient outside [1 − ε, 1 + ε] only on the side the advantage's sign makes flat (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }).filter((a) => a !== 0),
        fc.double({ min: 0.01, max: 0.9, noNaN: true }),
        (ratio, advantage, epsilon) => {
          const slope = clippedObjectiveSlope(ratio, advantage, epsilon);
          const above = ratio > 1 + epsilon;
          const below = ratio < 1 - epsilon;
          const flat = (advantage > 0 && above) || (advantage < 0 && below);
          expect(slope).toBe(flat ? 0 : advantage);
          expect(isClipped(ratio, advantage, epsilon)).toBe(flat);
          // A numeric slope of the term itself agrees where it is smooth.
          const h = 1e-6;
          fc.pre(Math.abs(ratio - 1 - epsilon) > 1e-5 && Math.abs(ratio - 1 + epsilon) > 1e-5);
          const numeric = (clippedObjective(ratio + h, advantage, epsilon) - clippedObjective(ratio - h, advantage, epsilon)) / (2 * h);
          expect(Math.abs(numeric - slope)).toBeLessThan(1e-6 * Math.max(1, Math.abs(advantage)));
        },
      ),
    );
  });

  it('is the pessimistic bound: never above the unclipped ρA', () => {
    expect(clippedObjective(1.5, 1, 0.2)).toBeCloseTo(1.2, 15);
    expect(clippedObjective(0.5, -1, 0.2)).toBeCloseTo(-0.8, 15);
    expect(clippedObjective(1.5, -1, 0.2)).toBeCloseTo(-1.5, 15);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (rho, a) => {
        expect(clippedObjective(rho, a, 0.2)).toBeLessThanOrEqual(rho * a + 1e-12);
      }),
    );
  });
});

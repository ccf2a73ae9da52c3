import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import RLHF_REFERENCE from '../reference/rlhf.json';
import { expectation, klDivergence, logSoftmax, optimalPolicy, probabilitiesOf, regularisedObjective } from './policy.ts';

const { data, fit, optimalPolicy: reference } = RLHF_REFERENCE;
const logReference = data.reference.map(Math.log);

/** A distribution on K replies built from K unconstrained numbers (every point of the open simplex is reachable). */
const simplexPoint = (size: number) =>
  fc.array(fc.double({ min: -12, max: 12, noNaN: true }), { minLength: size, maxLength: size }).map(logSoftmax);

describe('optimalPolicy π* = π_ref·exp(r/β)/Z', () => {
  it('matches numpy for β = 0.05, 0.5 and 2 on the fitted rewards', () => {
    for (const expected of Object.values(reference)) {
      const logOptimal = optimalPolicy(logReference, fit.rewards, expected.beta);
      const probabilities = probabilitiesOf(logOptimal);
      probabilities.forEach((p, k) => expect(Math.abs(p - expected.probabilities[k]!)).toBeLessThan(1e-12));
      expect(Math.abs(klDivergence(logOptimal, logReference) - expected.kl)).toBeLessThan(1e-12);
      expect(Math.abs(expectation(probabilities, fit.rewards) - expected.expectedReward)).toBeLessThan(1e-12);
      expect(Math.abs(expectation(probabilities, fit.trueCentred) - expected.expectedTrue)).toBeLessThan(1e-12);
      expect(Math.abs(regularisedObjective(logOptimal, logReference, fit.rewards, expected.beta) - expected.objective)).toBeLessThan(1e-12);
    }
  });

  it('maximises E[r] − β·KL over the simplex: no other distribution does better (property)', () => {
    const rewards = fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(rewards, fc.double({ min: 0.01, max: 10, noNaN: true }), simplexPoint(5), (r, beta, other) => {
        const best = regularisedObjective(optimalPolicy(logReference, r, beta), logReference, r, beta);
        expect(regularisedObjective(other, logReference, r, beta)).toBeLessThanOrEqual(best + 1e-9);
      }),
    );
  });

  it('keeps π_ref for a huge β, picks the best reply for a tiny one, and ignores a shift of every reward', () => {
    const r = [0.3, -1, 2, 0.5, 1.9];
    probabilitiesOf(optimalPolicy(logReference, r, 1e9)).forEach((p, k) => expect(Math.abs(p - data.reference[k]!)).toBeLessThan(1e-8));
    expect(probabilitiesOf(optimalPolicy(logReference, r, 1e-3))[2]).toBeGreaterThan(1 - 1e-12);
    const shifted = probabilitiesOf(optimalPolicy(logReference, r.map((v) => v + 42), 0.7));
    probabilitiesOf(optimalPolicy(logReference, r, 0.7)).forEach((p, k) => expect(Math.abs(p - shifted[k]!)).toBeLessThan(1e-12));
    expect(() => optimalPolicy(logReference, r, 0)).toThrow(/beta/);
  });
});

describe('klDivergence', () => {
  it('is never negative and is 0 only for equal distributions (property)', () => {
    fc.assert(
      fc.property(simplexPoint(4), simplexPoint(4), (p, q) => {
        expect(klDivergence(p, q)).toBeGreaterThanOrEqual(0);
        expect(klDivergence(p, p)).toBe(0);
      }),
    );
  });

  it('agrees with the textbook sum, and a reply of probability 0 adds nothing', () => {
    const p = [0.5, 0.5, 0];
    const q = [0.25, 0.25, 0.5];
    expect(Math.abs(klDivergence(p.map(Math.log), q.map(Math.log)) - Math.LN2)).toBeLessThan(1e-15);
    expect(klDivergence([0, Math.log(0)], [Math.log(0.5), Math.log(0.5)])).toBeCloseTo(Math.LN2, 15);
  });
});

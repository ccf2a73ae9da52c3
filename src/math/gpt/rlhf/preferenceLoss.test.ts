// The reward model's pairwise loss against reference/rlhf.py (chapter 3's six comparisons), its gradient against
// central differences, and the properties the chapter states: only differences count, and wrong ranking costs more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { preferenceLoss } from './preferenceLoss.ts';

// python3 src/math/gpt/reference/rlhf.py: pairLosses, meanPairLoss, dchosen.
const CHOSEN = [1.9, 1.9, 1.9, 0.6, 0.6, -0.4];
const REJECTED = [0.6, -0.4, -2.1, -0.4, -2.1, -2.1];
const MEAN_LOSS = 0.15013252083830736;
const DCHOSEN = [-0.0356941694929069, -0.015187160169142696, -0.0029977016603485915, -0.04482357022833252, -0.01049555934283275, -0.025744210847255793];

describe('preferenceLoss', () => {
  it('gives chapter 3’s worked example: a mean loss of 0.150 over six comparisons, all ranked right', () => {
    const result = preferenceLoss(CHOSEN, REJECTED);
    expect(result.loss).toBeCloseTo(MEAN_LOSS, 14);
    expect(result.accuracy).toBe(1);
    result.dchosen.forEach((value, i) => expect(value).toBeCloseTo(DCHOSEN[i]!, 14));
    result.drejected.forEach((value, i) => expect(value).toBeCloseTo(-DCHOSEN[i]!, 14));
  });

  it('has the gradient of its central differences', () => {
    const chosen = [0.3, -1.7, 2.2];
    const rejected = [1.1, -2.0, 2.2];
    const { dchosen, drejected } = preferenceLoss(chosen, rejected);
    const step = 1e-6;
    for (const [scores, analytic] of [[chosen, dchosen], [rejected, drejected]] as const) {
      scores.forEach((saved, i) => {
        scores[i] = saved + step;
        const up = preferenceLoss(chosen, rejected).loss;
        scores[i] = saved - step;
        const down = preferenceLoss(chosen, rejected).loss;
        scores[i] = saved;
        expect(Math.abs((up - down) / (2 * step) - analytic[i]!)).toBeLessThan(1e-9);
      });
    }
  });

  it('counts a tie as half right and a wrong order as wrong', () => {
    expect(preferenceLoss([0, 1], [0, 2]).accuracy).toBe(0.25);
    expect(preferenceLoss([0], [0]).loss).toBeCloseTo(Math.LN2, 15);
    expect(preferenceLoss([], [])).toMatchObject({ loss: 0, accuracy: 0 });
    expect(() => preferenceLoss([1], [])).toThrow(/1 chosen scores but 0/);
  });

  it('does not change when every score moves by the same constant, and punishes a wrong order more than the same right one', () => {
    const score = fc.double({ min: -20, max: 20, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(score, score), { minLength: 1, maxLength: 6 }), score, (pairs, shift) => {
        const chosen = pairs.map(([w]) => w);
        const rejected = pairs.map(([, l]) => l);
        const moved = preferenceLoss(chosen.map((w) => w + shift), rejected.map((l) => l + shift)).loss;
        expect(moved).toBeCloseTo(preferenceLoss(chosen, rejected).loss, 9);
        const margin = Math.abs(chosen[0]! - rejected[0]!) + 1e-3;
        expect(preferenceLoss([0], [margin]).loss).toBeGreaterThan(preferenceLoss([margin], [0]).loss);
      }),
    );
  });

  it('stays finite where the naive formula overflows', () => {
    expect(preferenceLoss([-500], [500]).loss).toBeCloseTo(1000, 9);
    expect(preferenceLoss([500], [-500])).toMatchObject({ loss: 0, accuracy: 1 });
  });
});

// The KL penalty against reference/rlhf.py: the per-token rewards of chapter 3's worked example, and the exact KL of
// two next-token distributions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klFromLogits, logRatios, penalisedRewards } from './klPenalty.ts';

// python3 src/math/gpt/reference/rlhf.py: kl, rewards.
const LOGITS = [0.3, -1.2, 2.0, 0.0, -0.7];
const REFERENCE_LOGITS = [1.1, -0.4, 0.9, 0.2, -2.5];
const KL = 0.36357176070474895;

describe('the KL penalty', () => {
  it('pays −β·log(π/π_SFT) per token and adds the score to the last: chapter 3’s (−0.010, 0.004, 1.194)', () => {
    const ratios = logRatios([-0.5, -1.2, -0.7], [-1.0, -1.0, -1.0]);
    expect(Array.from(ratios)).toEqual([0.5, expect.closeTo(-0.2, 15), expect.closeTo(0.3, 15)]);
    const rewards = penalisedRewards(1.2, ratios, 0.02);
    [-0.01, 0.004, 1.194].forEach((expected, t) => expect(rewards[t]).toBeCloseTo(expected, 15));
    expect(Array.from(penalisedRewards(1.2, [], 0.02))).toEqual([]);
    expect(() => penalisedRewards(1, [0], -1)).toThrow(/beta/);
    expect(() => logRatios([0], [0, 1])).toThrow(/1 log-probabilities but 2/);
  });

  it('computes KL(P‖Q) from logits as the reference does, at an offset in longer arrays', () => {
    expect(klFromLogits(LOGITS, REFERENCE_LOGITS, 0, 5)).toBeCloseTo(KL, 14);
    expect(klFromLogits([9, 9, ...LOGITS], [9, 9, ...REFERENCE_LOGITS], 2, 5)).toBeCloseTo(KL, 14);
  });

  it('is never negative, zero for equal distributions, and blind to a constant added to the logits', () => {
    const logits = fc.array(fc.double({ min: -30, max: 30, noNaN: true }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(logits, logits, fc.double({ min: -50, max: 50, noNaN: true }), (p, q, shift) => {
        const kl = klFromLogits(p, q, 0, 5);
        expect(kl).toBeGreaterThanOrEqual(0);
        expect(klFromLogits(p, p, 0, 5)).toBe(0);
        expect(klFromLogits(p.map((z) => z + shift), q, 0, 5)).toBeCloseTo(kl, 6);
      }),
    );
  });
});

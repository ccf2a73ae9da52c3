// Returns and baselines against reference/rlhf.py: chapter 3's three tokens, and two groups of replies.
import { describe, expect, it } from 'vitest';
import { leaveOneOutBaselines, rewardsToGo, tokenAdvantages } from './advantages.ts';

describe('advantages without a value network', () => {
  it('sums the rewards still to come: chapter 3’s rewards give 1.188, 1.198 and 1.194', () => {
    const returns = rewardsToGo([-0.01, 0.004, 1.194]);
    [1.188, 1.198, 1.194].forEach((expected, t) => expect(returns[t]).toBeCloseTo(expected, 14));
  });

  it('compares each reply with the mean of the others of its prompt (reference baselines)', () => {
    const baselines = leaveOneOutBaselines([1.0, 0.4, -0.2, 2.5, 2.0, 3.1], [0, 0, 0, 1, 1, 1]);
    [0.1, 0.4, 0.7, 2.55, 2.8, 2.25].forEach((expected, i) => expect(baselines[i]).toBeCloseTo(expected, 14));
    // A reply alone in its group has nobody to be compared with.
    expect(leaveOneOutBaselines([5], [0])).toEqual([0]);
    expect(() => leaveOneOutBaselines([1, 2], [0])).toThrow(/2 returns but 1/);
  });

  it('gives the advantages of equal replies a sum of zero, so an all-equal group teaches nothing', () => {
    const baselines = leaveOneOutBaselines([0.7, 0.7, 0.7], [0, 0, 0]);
    expect(baselines).toEqual([0.7, 0.7, 0.7].map((value) => expect.closeTo(value, 15)));
    expect(Array.from(tokenAdvantages([0, 0, 0.7], baselines[0]!)).every((value) => Math.abs(value) < 1e-15)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import RLHF_REFERENCE from '../reference/rlhf.json';
import { evaluateBradleyTerry, linearRewards, pairsFromRanking, zeroMeanBias } from './bradleyTerry.ts';
import { fitRewardModel } from './rewardModelFit.ts';

const { data, fit: reference } = RLHF_REFERENCE;
const pairs = pairsFromRanking(data.ranking);

describe('fitRewardModel', () => {
  it('follows numpy step by step from w = 0 (λ = 0.1, learning rate 1)', () => {
    const fit = fitRewardModel(data.features, pairs, reference.l2, reference.learningRate, 500);
    expect(fit.divergedAt).toBeUndefined();
    expect(fit.weights).toHaveLength(501);
    for (const [step, expected] of Object.entries(reference.steps)) {
      fit.weights[Number(step)]!.forEach((weight, j) => expect(Math.abs(weight - expected[j]!)).toBeLessThan(1e-12));
    }
    const final = fit.weights[500]!;
    expect(Math.abs(evaluateBradleyTerry(final, data.features, pairs, reference.l2).loss - reference.loss500)).toBeLessThan(1e-12);
    const raw = linearRewards(final, data.features);
    const rewards = linearRewards(final, data.features, zeroMeanBias(raw, data.reference));
    rewards.forEach((reward, k) => expect(Math.abs(reward - reference.rewards[k]!)).toBeLessThan(1e-12));
    expect(Math.abs(zeroMeanBias(raw, data.reference) - reference.bias)).toBeLessThan(1e-12);
  });

  it('reaches the minimum: the gradient vanishes after enough steps', () => {
    const fit = fitRewardModel(data.features, pairs, 0.1, 1, 500);
    const { gradient } = evaluateBradleyTerry(fit.weights[500]!, data.features, pairs, 0.1);
    expect(Math.max(...gradient.map(Math.abs))).toBeLessThan(1e-10);
  });

  it('without L2, a ranking the features can order perfectly sends ‖w‖ up without end', () => {
    // The chapter's four answers with one feature each: any positive weights order A > B > C > D exactly.
    const separable = [[3], [2], [1], [0]];
    const fit = fitRewardModel(separable, pairsFromRanking([0, 1, 2, 3]), 0, 1, 2000);
    const norms = fit.weights.map((w) => Math.abs(w[0]!));
    for (let step = 1; step < norms.length; step += 1) expect(norms[step]).toBeGreaterThan(norms[step - 1]!);
    expect(norms[2000]).toBeGreaterThan(norms[200]! + 1);
    // With λ = 0.1 the same ranking stops at a finite weight.
    const regularised = fitRewardModel(separable, pairsFromRanking([0, 1, 2, 3]), 0.1, 1, 2000);
    expect(Math.abs(regularised.weights[2000]![0]! - regularised.weights[1000]![0]!)).toBeLessThan(1e-12);
  });

  it('stops and says where when a learning rate too large for λ makes the weights blow up', () => {
    const fit = fitRewardModel(data.features, pairs, 2, 50, 500);
    expect(fit.divergedAt).toBeGreaterThan(1);
    expect(fit.divergedAt).toBeLessThan(40);
    expect(fit.weights).toHaveLength(fit.divergedAt!);
    expect(fit.weights.flat().every(Number.isFinite)).toBe(true);
  });
});

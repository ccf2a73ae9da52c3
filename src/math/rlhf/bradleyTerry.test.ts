import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import RLHF_REFERENCE from '../reference/rlhf.json';
import {
  bradleyTerryStep,
  evaluateBradleyTerry,
  linearRewards,
  logSigmoid,
  pairsFromRanking,
  pairwiseLoss,
  sigmoid,
  zeroMeanBias,
} from './bradleyTerry.ts';

const { data, bradleyTerry: reference, chapterExample } = RLHF_REFERENCE;
const pairs = pairsFromRanking(data.ranking);
const close = (actual: number, expected: number, tolerance = 1e-12) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
const closeAll = (actual: readonly number[], expected: readonly number[], tolerance = 1e-12) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => close(value, expected[i]!, tolerance));
};

describe('pairsFromRanking', () => {
  it('lists the C(K, 2) pairs best first, in the order of the chapter table', () => {
    expect(pairsFromRanking([0, 1, 2, 3]).map(({ winner, loser }) => `${'ABCD'[winner]}${'ABCD'[loser]}`)).toEqual([
      'AB', 'AC', 'AD', 'BC', 'BD', 'CD',
    ]);
    expect(pairs.map(({ winner, loser }) => [winner, loser])).toEqual(data.pairs);
    for (let k = 1; k <= 9; k += 1) expect(pairsFromRanking([...Array(k).keys()])).toHaveLength((k * (k - 1)) / 2);
  });
});

describe('sigmoid and logSigmoid', () => {
  it('stay finite and accurate far into the tails', () => {
    expect(logSigmoid(-800)).toBe(-800);
    expect(logSigmoid(800)).toBe(-0);
    close(logSigmoid(0), -Math.LN2);
    expect(sigmoid(-800)).toBeGreaterThanOrEqual(0);
    expect(sigmoid(800)).toBe(1);
    fc.assert(fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (z) => {
      close(Math.exp(logSigmoid(z)), sigmoid(z), 1e-12);
    }));
  });
});

describe('the pairwise loss', () => {
  it("reproduces the chapter's worked example: six pairs, mean loss 0.150", () => {
    const chapterPairs = pairsFromRanking([0, 1, 2, 3]);
    close(pairwiseLoss(chapterExample.rewards, chapterPairs), chapterExample.meanLoss);
    expect(Number(chapterExample.meanLoss.toFixed(3))).toBe(0.15);
  });

  it('is unchanged when every reward moves by the same constant (property)', () => {
    const rewards = fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(rewards, fc.double({ min: -1000, max: 1000, noNaN: true }), (r, shift) => {
        const ranking = [...r.keys()].reverse();
        const shifted = r.map((value) => value + shift);
        close(pairwiseLoss(shifted, pairsFromRanking(ranking)), pairwiseLoss(r, pairsFromRanking(ranking)), 1e-9);
      }),
    );
  });
});

describe('evaluateBradleyTerry', () => {
  it('matches numpy: loss, penalty, gradient, margins and σ per pair', () => {
    const result = evaluateBradleyTerry(reference.weights, data.features, pairs, reference.l2);
    close(result.loss, reference.loss);
    close(result.pairLoss, reference.pairLoss);
    close(result.penalty, reference.penalty);
    closeAll(result.gradient, reference.gradient);
    closeAll(result.margins, reference.margins);
    closeAll(result.probabilities, reference.probabilities);
    closeAll(result.pairLosses, reference.pairLosses);
  });

  it('has the gradient of its loss: central finite differences agree (property)', () => {
    const weights = fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(weights, fc.double({ min: 0, max: 2, noNaN: true }), (w, l2) => {
        const { gradient } = evaluateBradleyTerry(w, data.features, pairs, l2);
        const h = 1e-6;
        w.forEach((_, j) => {
          const up = w.map((value, i) => (i === j ? value + h : value));
          const down = w.map((value, i) => (i === j ? value - h : value));
          const numeric = (evaluateBradleyTerry(up, data.features, pairs, l2).loss - evaluateBradleyTerry(down, data.features, pairs, l2).loss) / (2 * h);
          expect(Math.abs(gradient[j]! - numeric)).toBeLessThan(1e-7);
        });
      }),
    );
  });

  it('a step of gradient descent lowers the loss for a small enough learning rate', () => {
    const before = evaluateBradleyTerry(reference.weights, data.features, pairs, 0.1).loss;
    const after = evaluateBradleyTerry(bradleyTerryStep(reference.weights, data.features, pairs, 0.1, 0.1), data.features, pairs, 0.1).loss;
    expect(after).toBeLessThan(before);
  });
});

describe('the bias', () => {
  it('zeroMeanBias makes the rewards average 0 under the given distribution, and moves no pair', () => {
    const raw = linearRewards(reference.weights, data.features);
    const bias = zeroMeanBias(raw, data.reference);
    const centred = linearRewards(reference.weights, data.features, bias);
    close(centred.reduce((sum, reward, k) => sum + reward * data.reference[k]!, 0), 0);
    close(pairwiseLoss(centred, pairs), pairwiseLoss(raw, pairs));
  });
});

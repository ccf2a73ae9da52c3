import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from './random.ts';
import reference from './reference/sampling.json';
import {
  argmax,
  countDraws,
  drawTokens,
  pickIndex,
  rankByProbability,
  samplingStages,
  temperatureProbabilities,
  topK,
  topP,
} from './sampling.ts';

/** Every stage of one decoding step, as the reference prints it. */
interface Stages {
  probabilities: number[];
  afterTopK: number[];
  final: number[];
}


// Reference values: src/math/reference/sampling.py (numpy), saved as sampling.json.
const CHAPTER_LOGITS = [3.2, 2.5, 1.8, 1.0, 0.2, -1.0];

function expectClose(actual: readonly number[], expected: readonly number[], tolerance = 1e-12) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, index) => expect(Math.abs(value - expected[index]!)).toBeLessThanOrEqual(tolerance));
}

function expectStages(actual: ReturnType<typeof samplingStages>, expected: Stages) {
  expectClose(actual.probabilities, expected.probabilities);
  expectClose(actual.afterTopK, expected.afterTopK);
  expectClose(actual.final, expected.final);
  expect(actual.kept).toEqual(expected.final.map((p) => p > 0));
}

describe('temperature', () => {
  it('matches numpy for (2, 1, 0.1) at T = 0.5, 1 and 2 (the chapter quotes these)', () => {
    for (const [temperature, expected] of Object.entries(reference.temperature)) {
      expectClose(temperatureProbabilities([2, 1, 0.1], Number(temperature)), expected.probabilities);
    }
  });

  it('treats T = 0 as greedy: all probability on the first largest logit, no division by zero', () => {
    expect(temperatureProbabilities(CHAPTER_LOGITS, 0)).toEqual([1, 0, 0, 0, 0, 0]);
    expect(temperatureProbabilities([0.5, 2, 2], 0)).toEqual(reference.ties.greedy.final);
    expect(() => temperatureProbabilities([1, 2], -1)).toThrow(/temperature/);
    expect(() => temperatureProbabilities([1, 2], Number.NaN)).toThrow(/temperature/);
  });

  it('approaches greedy as T shrinks (property: a tiny T puts almost everything on the unique maximum)', () => {
    const distinct = fc.uniqueArray(fc.integer({ min: -20, max: 20 }), { minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(distinct, (logits) => {
        const greedy = temperatureProbabilities(logits, 0);
        const cold = temperatureProbabilities(logits, 0.01);
        expect(cold[argmax(logits)]!).toBeGreaterThan(1 - 1e-12);
        expect(greedy[argmax(logits)]).toBe(1);
      }),
    );
  });
});

describe('top-k and top-p against numpy', () => {
  it('matches every stage for the chapter’s logits', () => {
    const cases = reference.chapter;
    expectStages(samplingStages(CHAPTER_LOGITS, { temperature: 1 }), cases.T1);
    expectStages(samplingStages(CHAPTER_LOGITS, { temperature: 0.7, topK: 3 }), cases['T0.7_k3']);
    expectStages(samplingStages(CHAPTER_LOGITS, { temperature: 1, topP: 0.9 }), cases['T1_p0.9']);
    expectStages(samplingStages(CHAPTER_LOGITS, { temperature: 1.5, topK: 4, topP: 0.8 }), cases['T1.5_k4_p0.8']);
    expectStages(samplingStages(CHAPTER_LOGITS, { temperature: 0, topK: 3, topP: 0.5 }), cases.T0);
  });

  it('breaks ties by index, so the same input keeps the same tokens', () => {
    expectStages(samplingStages([1, 1, 1, 0], { temperature: 1, topK: 2 }), reference.ties.k2);
    expectStages(samplingStages([1, 1, 1, 0], { temperature: 1, topP: 0.5 }), reference.ties['p0.5']);
    expect(rankByProbability([0.2, 0.4, 0.2, 0.2])).toEqual([1, 0, 2, 3]);
  });

  it('counts a set that reaches p exactly as reaching it, despite rounding (0.1 + 0.2 ≠ 0.3 in floats)', () => {
    // 0.5 + 0.3 + 0.2: the first two reach 0.8 in exact arithmetic.
    expect(topP([0.5, 0.3, 0.2], 0.8).filter((p) => p > 0)).toHaveLength(2);
    expect(topP([0.1, 0.2, 0.7], 0.9).filter((p) => p > 0)).toHaveLength(2);
    expect(topP([0.25, 0.25, 0.25, 0.25], 1).filter((p) => p > 0)).toHaveLength(4);
  });

  it('refuses a bad k or p', () => {
    expect(() => topK([0.5, 0.5], 0)).toThrow(/k must/);
    expect(() => topK([0.5, 0.5], 1.5)).toThrow(/k must/);
    expect(() => topP([0.5, 0.5], 0)).toThrow(/p must/);
    expect(() => topP([0.5, 0.5], 1.2)).toThrow(/p must/);
  });
});

/** A probability distribution over 1–8 tokens (from logits, so some are tiny and some tie). */
const distribution = fc
  .array(fc.integer({ min: -8, max: 8 }), { minLength: 1, maxLength: 8 })
  .chain((logits) => fc.record({ logits: fc.constant(logits), temperature: fc.double({ min: 0.05, max: 5, noNaN: true }) }))
  .map(({ logits, temperature }) => temperatureProbabilities(logits, temperature));

describe('filter properties', () => {
  it('top-p keeps the smallest set of most likely tokens reaching p', () => {
    fc.assert(
      fc.property(distribution, fc.double({ min: 0.01, max: 1, noNaN: true }), (probabilities, p) => {
        const kept = topP(probabilities, p);
        const keptIndices = probabilities.map((_q, index) => index).filter((index) => kept[index]! > 0);
        const mass = keptIndices.reduce((sum, index) => sum + probabilities[index]!, 0);
        expect(mass).toBeGreaterThanOrEqual(p * (1 - 1e-12));
        // Smallest: without its least likely member, the set falls short of p.
        const smallest = Math.min(...keptIndices.map((index) => probabilities[index]!));
        expect(mass - smallest).toBeLessThan(p);
        // Most likely: nothing dropped is more likely than something kept.
        const dropped = probabilities.filter((_q, index) => kept[index] === 0);
        expect(dropped.every((q) => q <= smallest)).toBe(true);
        expect(Math.abs(kept.reduce((sum, q) => sum + q, 0) - 1)).toBeLessThan(1e-12);
      }),
    );
  });

  it('top-k keeps min(k, n) tokens, the most likely ones, renormalised', () => {
    fc.assert(
      fc.property(distribution, fc.integer({ min: 1, max: 10 }), (probabilities, k) => {
        const kept = topK(probabilities, k);
        const count = kept.filter((q) => q > 0).length;
        expect(count).toBe(Math.min(k, probabilities.filter((q) => q > 0).length));
        const keptOriginal = probabilities.filter((_q, index) => kept[index]! > 0);
        const keptMass = keptOriginal.reduce((sum, q) => sum + q, 0);
        expect(probabilities.filter((_q, index) => kept[index] === 0).every((q) => q <= Math.min(...keptOriginal))).toBe(true);
        // Renormalising keeps the ratios between kept tokens.
        const ratioErrors = probabilities.map((q, index) => (kept[index]! > 0 ? Math.abs(kept[index]! - q / keptMass) : 0));
        expect(Math.max(...ratioErrors)).toBeLessThan(1e-12);
      }),
    );
  });
});

describe('seeded sampling', () => {
  it('draws the same tokens as the Python reference for its seed (first 10, and counts of 1,000)', () => {
    const final = samplingStages(CHAPTER_LOGITS, { temperature: 1 }).final;
    expect(drawTokens(final, 10, mulberry32(reference.draws.seed))).toEqual(reference.draws.first10);
    expect(countDraws(drawTokens(final, 1000, mulberry32(reference.draws.seed)), final.length)).toEqual(reference.draws.counts1000);
  });

  it('never picks a token of probability 0, even for u just below 1', () => {
    expect(pickIndex([0.5, 0.5 - 1e-15, 0], 1 - 2 ** -32)).toBe(1);
    expect(pickIndex([0, 1, 0], 0)).toBe(1);
    expect(() => pickIndex([0, 0], 0.5)).toThrow(/no token/);
  });

  it('frequencies converge to the probabilities (property: within 6 standard errors over 20,000 draws)', () => {
    fc.assert(
      fc.property(distribution, fc.integer(), (probabilities, seed) => {
        const draws = 20_000;
        const counts = countDraws(drawTokens(probabilities, draws, mulberry32(seed)), probabilities.length);
        counts.forEach((count, index) => {
          const p = probabilities[index]!;
          const standardError = Math.sqrt((p * (1 - p)) / draws);
          expect(Math.abs(count / draws - p)).toBeLessThanOrEqual(6 * standardError + 1e-9);
        });
      }),
      { numRuns: 30 },
    );
  });
});

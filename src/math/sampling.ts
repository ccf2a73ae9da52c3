/**
 * Choosing the next token from the logits: temperature, greedy decoding, top-k and top-p (nucleus) filtering with
 * renormalised probabilities, and drawing samples with a seeded generator. The order of the steps follows common
 * practice (Hugging Face's generate, for one): divide by the temperature, softmax, keep the top k, renormalise, keep
 * the nucleus of that, renormalise.
 *
 * Ties are broken by position, lower index first, everywhere: greedy picks the first of equal largest logits, and
 * top-k and top-p rank equal probabilities by index. So the same input always keeps the same tokens.
 */
import type { RandomSource } from './random.ts';
import { softmax } from './softmax.ts';

/** Settings of one decoding step. */
export interface SamplingSettings {
  /** T ≥ 0. T = 0 means greedy decoding (the limit T → 0, handled as its own case, never as a division by 0). */
  temperature: number;
  /** Keep the k most likely tokens; undefined or ≥ the number of tokens keeps all. A whole number ≥ 1. */
  topK?: number | undefined;
  /** Keep the smallest set of most likely tokens whose probability reaches p, in (0, 1]; undefined or 1 keeps all. */
  topP?: number | undefined;
}

/** Every stage of one decoding step, one entry per candidate token. */
export interface SamplingStages {
  /** softmax(z / T), or one-hot on the first largest logit when T = 0. */
  probabilities: number[];
  /** After top-k, renormalised to sum to 1 (dropped tokens 0). */
  afterTopK: number[];
  /** After top-p applied to afterTopK, renormalised: the distribution tokens are drawn from. */
  final: number[];
  /** Whether each token survives both filters (final probability > 0). */
  kept: boolean[];
}

/**
 * Relative slack when a cumulative sum is compared with p: sums of floats land a few ulps off (0.1 + 0.2 ≠ 0.3), and a
 * set whose probabilities add up to p in exact arithmetic must count as reaching it.
 */
const CUMULATIVE_SLACK = 1e-12;

/** The index of the first largest entry (greedy's choice). Throws on an empty list. */
export function argmax(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('argmax needs at least one value');
  let best = 0;
  values.forEach((value, index) => {
    if (value > values[best]!) best = index;
  });
  return best;
}

/** Probabilities at temperature T: softmax(z / T) for T > 0, one-hot on argmax(z) for T = 0 (greedy). */
export function temperatureProbabilities(logits: readonly number[], temperature: number): number[] {
  if (!(temperature >= 0) || !Number.isFinite(temperature)) {
    throw new RangeError(`temperature must be a finite number ≥ 0, got ${temperature}`);
  }
  if (temperature === 0) {
    const best = argmax(logits);
    return logits.map((_logit, index) => (index === best ? 1 : 0));
  }
  return softmax(logits, temperature);
}

/** Indices by decreasing probability, equal probabilities in index order. */
export function rankByProbability(probabilities: readonly number[]): number[] {
  return probabilities.map((_p, index) => index).sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
}

/** `probabilities` divided by their sum, so that they sum to 1. Throws when they sum to 0. */
export function renormalise(probabilities: readonly number[]): number[] {
  const total = probabilities.reduce((sum, p) => sum + p, 0);
  if (!(total > 0)) throw new RangeError('cannot renormalise probabilities that sum to 0');
  return probabilities.map((p) => p / total);
}

/** Keeps the `k` most likely tokens (ties by index) and renormalises; k ≥ the number of tokens keeps them all. */
export function topK(probabilities: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number ≥ 1, got ${k}`);
  if (k >= probabilities.length) return renormalise(probabilities);
  const keep = new Set(rankByProbability(probabilities).slice(0, k));
  return renormalise(probabilities.map((p, index) => (keep.has(index) ? p : 0)));
}

/**
 * The nucleus: the smallest set of most likely tokens (ties by index) whose probabilities add up to at least `p`,
 * renormalised. Tokens of probability 0 are never kept. p = 1 keeps every token with a probability above 0.
 */
export function topP(probabilities: readonly number[], p: number): number[] {
  if (!(p > 0 && p <= 1)) throw new RangeError(`p must be above 0 and at most 1, got ${p}`);
  const keep = new Set<number>();
  let cumulative = 0;
  for (const index of rankByProbability(probabilities)) {
    if (probabilities[index]! <= 0) break;
    keep.add(index);
    cumulative += probabilities[index]!;
    if (cumulative >= p * (1 - CUMULATIVE_SLACK)) break;
  }
  return renormalise(probabilities.map((probability, index) => (keep.has(index) ? probability : 0)));
}

/** All stages of one decoding step: temperature (or greedy), then top-k, then top-p. */
export function samplingStages(logits: readonly number[], settings: SamplingSettings): SamplingStages {
  const probabilities = temperatureProbabilities(logits, settings.temperature);
  const afterTopK = settings.topK === undefined ? renormalise(probabilities) : topK(probabilities, settings.topK);
  const final = settings.topP === undefined ? afterTopK : topP(afterTopK, settings.topP);
  return { probabilities, afterTopK, final, kept: final.map((p) => p > 0) };
}

/**
 * The token a uniform number u ∈ [0, 1) picks from `probabilities` by inverse transform: the first index whose
 * cumulative probability exceeds u. Tokens of probability 0 are never picked, even when rounding leaves the total a
 * hair under 1 (then the last possible token takes the remainder).
 */
export function pickIndex(probabilities: readonly number[], uniform: number): number {
  let cumulative = 0;
  let last = -1;
  for (let index = 0; index < probabilities.length; index += 1) {
    const p = probabilities[index]!;
    if (p <= 0) continue;
    last = index;
    cumulative += p;
    if (uniform < cumulative) return index;
  }
  if (last < 0) throw new RangeError('no token has a probability above 0');
  return last;
}

/** Draws `count` tokens from `probabilities` with `random`; returns the drawn indices in order. */
export function drawTokens(probabilities: readonly number[], count: number, random: RandomSource): number[] {
  return Array.from({ length: count }, () => pickIndex(probabilities, random()));
}

/** How many times each of `size` tokens occurs in `draws`. */
export function countDraws(draws: readonly number[], size: number): number[] {
  const counts = new Array<number>(size).fill(0);
  for (const index of draws) counts[index] = (counts[index] ?? 0) + 1;
  return counts;
}

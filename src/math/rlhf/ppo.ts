/**
 * PPO on a policy over K fixed replies: RLHF's third stage reduced to a bandit with one prompt, as in InstructGPT
 * (one reply per episode, scored once). Each iteration:
 *
 * 1. freezes π_old = softmax(θ) and draws a batch of replies from it with a seeded generator (or, in the exact mode,
 *    takes every reply weighted by π_old: the expectation the batch estimates, with no noise);
 * 2. scores each with the penalised reward R = r − β·log(π_old/π_ref) (InstructGPT's KL penalty);
 * 3. takes the batch mean of R (the exact mean in the exact mode) as the baseline, A = R − baseline;
 * 4. runs `epochs` full-batch steps of gradient ascent on the clipped surrogate (./clippedSurrogate.ts).
 *
 * No value network: with one step per episode the batch mean is the simplest faithful baseline. The gradient of the
 * surrogate at θ = θ_old is exactly the gradient of E_π[r] − β·KL(π‖π_ref), so small steps in the exact mode climb
 * that objective towards its optimum π* (./policy.ts, optimalPolicy).
 */
import type { RandomSource } from '../random.ts';
import { pickIndex } from '../sampling.ts';
import { evaluateSurrogate, isClipped, type SurrogateSample } from './clippedSurrogate.ts';
import { expectation, logSoftmax, probabilitiesOf } from './policy.ts';

/** `sampled`: a batch drawn from π_old; `exact`: every reply weighted by π_old. */
export type PpoMode = 'sampled' | 'exact';

/** The knobs of a PPO run. */
export interface PpoSettings {
  /** KL coefficient β > 0. */
  beta: number;
  /** Clip range ε > 0: ratios are clipped to [1 − ε, 1 + ε]. */
  epsilon: number;
  /** Step size of each epoch's gradient ascent on θ. */
  learningRate: number;
  /** Replies drawn per iteration (sampled mode). */
  batchSize: number;
  /** Gradient steps per batch. */
  epochs: number;
  mode: PpoMode;
}

/** One reply of an iteration's batch, with duplicates merged: every draw of a reply has the same R, A and ρ. */
export interface PpoBatchEntry {
  action: number;
  /** How many draws picked it (sampled mode); 0 in the exact mode. */
  count: number;
  /** Its weight in the objective: count/N, or π_old(y) in the exact mode. */
  weight: number;
  /** r(y) from the reward being optimised. */
  reward: number;
  /** R = r − β·log(π_old(y)/π_ref(y)). */
  penalisedReward: number;
  advantage: number;
  /** π_new(y)/π_old(y) after the last epoch. */
  ratio: number;
  /** Whether ρ ended in the flat, clipped part of its term. */
  clipped: boolean;
}

/** What one iteration did. */
export interface PpoIteration {
  /** θ after the iteration (shifted to mean 0, which changes no probability). */
  logits: number[];
  batch: PpoBatchEntry[];
  /** The baseline subtracted from R: its batch mean (exact mean in the exact mode). */
  baseline: number;
  /** Share of the batch whose ratio ended in a clipped region: it had stopped pulling on θ. */
  clippedFraction: number;
  /** The batch's estimate of KL(π_old‖π_ref): mean of log(π_old/π_ref) over the draws (exact in the exact mode). */
  batchKl: number;
  /** The batch's mean reward r (exact expectation in the exact mode). */
  batchReward: number;
}

/** One PPO iteration from logits θ. `random` is called `batchSize` times in the sampled mode, never in the exact one. */
export function ppoIteration(
  logits: readonly number[],
  referenceLogProbabilities: readonly number[],
  rewards: readonly number[],
  settings: PpoSettings,
  random: RandomSource,
): PpoIteration {
  const { beta, epsilon, learningRate, batchSize, epochs, mode } = settings;
  const oldLogProbabilities = logSoftmax(logits);
  const oldProbabilities = probabilitiesOf(oldLogProbabilities);
  const counts = new Array<number>(logits.length).fill(0);
  if (mode === 'sampled') for (let draw = 0; draw < batchSize; draw += 1) counts[pickIndex(oldProbabilities, random())]! += 1;
  const weights = mode === 'sampled' ? counts.map((count) => count / batchSize) : oldProbabilities;

  const actions = weights.map((_, k) => k).filter((k) => weights[k]! > 0);
  const penalised = rewards.map((reward, k) => reward - beta * (oldLogProbabilities[k]! - referenceLogProbabilities[k]!));
  const baseline = actions.reduce((sum, k) => sum + weights[k]! * penalised[k]!, 0);
  const samples: SurrogateSample[] = actions.map((k) => ({
    action: k,
    weight: weights[k]!,
    oldLogProbability: oldLogProbabilities[k]!,
    advantage: penalised[k]! - baseline,
  }));

  let theta = [...logits];
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const { gradient } = evaluateSurrogate(logSoftmax(theta), samples, epsilon);
    theta = theta.map((logit, k) => logit + learningRate * gradient[k]!);
  }
  const mean = theta.reduce((sum, logit) => sum + logit, 0) / theta.length;
  theta = theta.map((logit) => logit - mean);

  const { ratios, clippedWeight } = evaluateSurrogate(logSoftmax(theta), samples, epsilon);
  const batch = samples.map((sample, i): PpoBatchEntry => {
    const ratio = ratios[i]!;
    return {
      action: sample.action,
      count: counts[sample.action]!,
      weight: sample.weight,
      reward: rewards[sample.action]!,
      penalisedReward: penalised[sample.action]!,
      advantage: sample.advantage,
      ratio,
      clipped: isClipped(ratio, sample.advantage, epsilon),
    };
  });
  return {
    logits: theta,
    batch,
    baseline,
    clippedFraction: clippedWeight,
    batchKl: actions.reduce((sum, k) => sum + weights[k]! * (oldLogProbabilities[k]! - referenceLogProbabilities[k]!), 0),
    batchReward: expectation(weights, rewards),
  };
}

/**
 * A policy over a fixed set of K replies, as RLHF's third stage sees it when a prompt has only K possible answers: a
 * softmax over logits θ. Also the two quantities the KL-regularised objective is made of (the expected reward and the
 * KL divergence from the reference policy) and its exact optimum. Everything works on log-probabilities, so a reply
 * whose probability underflows to 0 still has a finite log-probability and no 0·∞ turns into NaN.
 */
import { logSumExp } from '../softmax.ts';

/** log softmax(θ): log-probabilities of the replies. */
export function logSoftmax(logits: readonly number[]): number[] {
  const normaliser = logSumExp(logits);
  return logits.map((logit) => logit - normaliser);
}

/** Probabilities from log-probabilities. */
export function probabilitiesOf(logProbabilities: readonly number[]): number[] {
  return logProbabilities.map((logProbability) => Math.exp(logProbability));
}

/** Σ_k p_k·values_k: the expectation of `values` under the distribution `probabilities`. */
export function expectation(probabilities: readonly number[], values: readonly number[]): number {
  return probabilities.reduce((sum, probability, k) => sum + probability * values[k]!, 0);
}

/**
 * KL(P‖Q) = Σ_k P_k (log P_k − log Q_k) in nats, from the two log-probability vectors. Never negative; 0 only when
 * P = Q. A reply with P_k = 0 adds nothing, whatever Q_k.
 */
export function klDivergence(logP: readonly number[], logQ: readonly number[]): number {
  let sum = 0;
  for (let k = 0; k < logP.length; k += 1) {
    const p = Math.exp(logP[k]!);
    if (p > 0) sum += p * (logP[k]! - logQ[k]!);
  }
  return Math.max(0, sum);
}

/**
 * The exact maximiser of E_π[r] − β·KL(π‖π_ref) over all distributions on the K replies:
 * π*(y) = π_ref(y)·exp(r(y)/β) / Z, returned as log-probabilities. β > 0 (β → ∞ keeps π_ref, β → 0 puts everything
 * on the best reply). Adding a constant to every reward leaves it unchanged.
 */
export function optimalPolicy(referenceLogProbabilities: readonly number[], rewards: readonly number[], beta: number): number[] {
  if (!(beta > 0)) throw new RangeError(`beta must be > 0, got ${beta}`);
  return logSoftmax(referenceLogProbabilities.map((logReference, k) => logReference + rewards[k]! / beta));
}

/** The KL-regularised objective E_π[r] − β·KL(π‖π_ref) of the policy with log-probabilities `logPolicy`. */
export function regularisedObjective(
  logPolicy: readonly number[],
  referenceLogProbabilities: readonly number[],
  rewards: readonly number[],
  beta: number,
): number {
  return expectation(probabilitiesOf(logPolicy), rewards) - beta * klDivergence(logPolicy, referenceLogProbabilities);
}

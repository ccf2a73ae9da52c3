/**
 * The KL penalty of RLHF's third stage (chapter 3, "stage 3"): each token of a reply pays β·log(π(y_t)/π_SFT(y_t)),
 * and the reward model's score arrives with the last token,
 *   R_t = −β·log(π(y_t | s_t)/π_SFT(y_t | s_t)) + [t = last]·r.
 * Summed over a reply, the log-ratios are a one-sample estimate of KL(π‖π_SFT) for that prompt; the exact KL of each
 * position's next-token distributions, summed along the reply, estimates the same number with less noise, and never
 * goes below 0. The lab shows the latter and pays the former, as InstructGPT did.
 */
import { klDivergence, logSoftmax } from '../../rlhf/policy.ts';

/** k_t = log π(y_t) − log π_ref(y_t) for each token. */
export function logRatios(logProbabilities: ArrayLike<number>, referenceLogProbabilities: ArrayLike<number>): Float64Array {
  if (logProbabilities.length !== referenceLogProbabilities.length) {
    throw new RangeError(`${logProbabilities.length} log-probabilities but ${referenceLogProbabilities.length} reference ones`);
  }
  return Float64Array.from(logProbabilities, (value, t) => value - referenceLogProbabilities[t]!);
}

/** R_t = −β·k_t, plus `score` on the last token. An empty reply has no tokens and gets nothing. */
export function penalisedRewards(score: number, ratios: ArrayLike<number>, beta: number): Float64Array {
  if (!(beta >= 0) || !Number.isFinite(beta)) throw new RangeError(`beta must be a finite number ≥ 0, got ${beta}`);
  const rewards = Float64Array.from(ratios, (ratio) => -beta * ratio);
  if (rewards.length > 0) rewards[rewards.length - 1]! += score;
  return rewards;
}

/**
 * KL(P‖Q) in nats for P = softmax of `logits` and Q = softmax of `referenceLogits`, over `vocabulary` entries starting
 * at `offset` in each array (one position of a batch's logits). The log-softmax and the KL are chapter 3's RLHF lab's
 * (src/math/rlhf/policy.ts), which work on log-probabilities, so a probability that underflows to 0 adds nothing.
 */
export function klFromLogits(logits: ArrayLike<number>, referenceLogits: ArrayLike<number>, offset: number, vocabulary: number): number {
  const row = (source: ArrayLike<number>) => Array.from({ length: vocabulary }, (_, v) => source[offset + v]!);
  return klDivergence(logSoftmax(row(logits)), logSoftmax(row(referenceLogits)));
}

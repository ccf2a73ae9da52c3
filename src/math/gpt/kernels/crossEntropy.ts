/**
 * Softmax cross-entropy over the vocabulary at every position, with a per-position weight (the mask m_t of the SFT
 * loss, chapter 5): loss = −Σ_t m_t log p_t(target_t) / Σ_t m_t, in nats per counted token. Pretraining passes no
 * mask (every position counts). Each row's softmax subtracts its largest logit first, as src/math/softmax.ts does.
 */
import type { FloatArray } from '../parameterLayout.ts';

/** The loss of one batch: the mean over counted positions, and the parts of the formula for display. */
export interface MaskedLoss {
  /** −Σ m_t log p_t / Σ m_t, nats per counted token (0 when nothing is counted). */
  loss: number;
  /** −Σ m_t log p_t: the numerator. */
  sum: number;
  /** Σ m_t: counted positions, the denominator. */
  count: number;
}

/**
 * Writes softmax(logits[r]) into probs[r] and −log p(target) into losses[r] for each of `rows` positions, and returns
 * the masked mean. `mask` (0 or 1 per row, or any non-negative weight) defaults to all ones.
 */
export function crossEntropyForward(
  probs: FloatArray,
  losses: FloatArray,
  logits: FloatArray,
  targets: Int32Array,
  mask: FloatArray | undefined,
  rows: number,
  vocabulary: number,
): MaskedLoss {
  let sum = 0;
  let count = 0;
  for (let r = 0; r < rows; r += 1) {
    const start = r * vocabulary;
    let max = Number.NEGATIVE_INFINITY;
    for (let v = 0; v < vocabulary; v += 1) if (logits[start + v]! > max) max = logits[start + v]!;
    let total = 0;
    for (let v = 0; v < vocabulary; v += 1) {
      const e = Math.exp(logits[start + v]! - max);
      probs[start + v] = e;
      total += e;
    }
    const inverse = 1 / total;
    for (let v = 0; v < vocabulary; v += 1) probs[start + v]! *= inverse;
    const target = targets[r]!;
    // −log p from the logits themselves (log-sum-exp), not from the rounded probability, which may be 0 in float32.
    const loss = max + Math.log(total) - logits[start + target]!;
    losses[r] = loss;
    const weight = mask ? mask[r]! : 1;
    sum += weight * loss;
    count += weight;
  }
  return { loss: count > 0 ? sum / count : 0, sum, count };
}

/**
 * dlogits[r] = (probs[r] − onehot(target_r))·m_r/Σm, the gradient of the masked mean with respect to the logits.
 * Overwrites dlogits (the loss is where the backward pass starts).
 */
export function crossEntropyBackward(
  dlogits: FloatArray,
  probs: FloatArray,
  targets: Int32Array,
  mask: FloatArray | undefined,
  count: number,
  rows: number,
  vocabulary: number,
): void {
  const inverse = count > 0 ? 1 / count : 0;
  for (let r = 0; r < rows; r += 1) {
    const start = r * vocabulary;
    const weight = (mask ? mask[r]! : 1) * inverse;
    for (let v = 0; v < vocabulary; v += 1) dlogits[start + v] = probs[start + v]! * weight;
    dlogits[start + targets[r]!]! -= weight;
  }
}

/**
 * log p(target_r) at each of `rows` positions, from the logits (log-softmax), into `out`: the per-token
 * log-probabilities a policy-gradient method needs (log π(y_t | …)). For the gradient of Σ_t w_t·log p_t, call
 * crossEntropyBackward with mask = −w and count = 1: it gives ∂(−Σ w_t log p_t)/∂logits·(−1) = Σ w_t ∂log p_t/∂logits.
 */
export function tokenLogProbabilities(out: Float64Array, logits: FloatArray, targets: ArrayLike<number>, rows: number, vocabulary: number): void {
  for (let r = 0; r < rows; r += 1) {
    const start = r * vocabulary;
    let max = Number.NEGATIVE_INFINITY;
    for (let v = 0; v < vocabulary; v += 1) if (logits[start + v]! > max) max = logits[start + v]!;
    let total = 0;
    for (let v = 0; v < vocabulary; v += 1) total += Math.exp(logits[start + v]! - max);
    out[r] = logits[start + targets[r]!]! - max - Math.log(total);
  }
}

/**
 * Softmax and cross-entropy, computed the stable way: subtract the largest logit before exponentiating (as GPT-2's
 * code does) and take logs through log-sum-exp, so large logits neither overflow nor lose the small probabilities.
 */

/** log Σ exp(z_i), without overflow. Empty input is an error. */
export function logSumExp(logits: readonly number[]): number {
  if (logits.length === 0) throw new RangeError('logSumExp needs at least one logit');
  const max = Math.max(...logits);
  if (max === Number.NEGATIVE_INFINITY) return max;
  let sum = 0;
  for (const z of logits) sum += Math.exp(z - max);
  return max + Math.log(sum);
}

/** softmax(z / T): probabilities that sum to 1. T (temperature, default 1) must be > 0. */
export function softmax(logits: readonly number[], temperature = 1): number[] {
  if (!(temperature > 0)) throw new RangeError(`temperature must be > 0, got ${temperature}`);
  const scaled = logits.map((z) => z / temperature);
  const normaliser = logSumExp(scaled);
  return scaled.map((z) => Math.exp(z - normaliser));
}

/** Cross-entropy in nats of the target index under softmax(z / T): −log p_target. */
export function crossEntropy(logits: readonly number[], target: number, temperature = 1): number {
  if (!Number.isInteger(target) || target < 0 || target >= logits.length) {
    throw new RangeError(`target must index one of ${logits.length} logits, got ${target}`);
  }
  if (!(temperature > 0)) throw new RangeError(`temperature must be > 0, got ${temperature}`);
  const scaled = logits.map((z) => z / temperature);
  return logSumExp(scaled) - scaled[target]!;
}

/**
 * Shannon entropy −Σ p_i ln p_i of a probability distribution, in nats (0 ln 0 counts as 0): 0 when one outcome has
 * all the probability, ln(n) when n outcomes share it evenly. The attention lab shows it per row of the weights.
 */
export function entropy(probabilities: readonly number[]): number {
  let sum = 0;
  for (const p of probabilities) if (p > 0) sum -= p * Math.log(p);
  return sum;
}

/** Perplexity for a mean cross-entropy in nats: e^loss, the "effective number of choices". */
export function perplexity(meanCrossEntropyNats: number): number {
  return Math.exp(meanCrossEntropyNats);
}

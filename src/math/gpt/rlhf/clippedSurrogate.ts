/**
 * PPO's clipped surrogate objective (chapter 3, "PPO's clipped objective"), per token of sampled replies:
 * L = (1/N) Σ_t min(ρ_t A_t, clip(ρ_t, 1 − ε, 1 + ε) A_t), with ρ_t = π_θ(y_t | s_t) / π_old(y_t | s_t) and N the
 * number of tokens counted. Where the clip binds (ρ > 1 + ε with A > 0, ρ < 1 − ε with A < 0) the term is flat and the
 * token stops pulling on θ; on the other side the unclipped term stays, so a move that made things worse is undone.
 * One token's term and where it is flat are chapter 3's RLHF lab's (src/math/rlhf/clippedSurrogate.ts), which applies
 * them to a policy over a few fixed replies; here they apply to every token of sampled text.
 */
import { clippedObjective, isClipped } from '../../rlhf/clippedSurrogate.ts';

/** The surrogate over a batch of tokens, and what the backward pass needs. */
export interface TokenSurrogate {
  /** L, the mean of the clipped terms over the counted tokens (0 when none is counted). */
  value: number;
  /**
   * ∂L/∂log π_θ(y_t) per token: ρ_t A_t / N where the term is not clipped, 0 where it is or where the token is not
   * counted (since ∂ρ/∂log π_θ = ρ). Each token's gradient in the logits is this weight times (onehot(y_t) − π_θ).
   */
  weights: Float64Array;
  /** Counted tokens whose term was clipped. */
  clipped: number;
  /** Counted tokens, N. */
  count: number;
}

/**
 * L and its gradient for tokens t = 0 … length − 1 with log π_θ(y_t) = logProbabilities[t], log π_old(y_t) =
 * oldLogProbabilities[t] and advantage A_t; `mask[t]` = 1 counts token t, 0 leaves it out (a prompt's tokens, padding).
 */
export function tokenSurrogate(
  logProbabilities: ArrayLike<number>,
  oldLogProbabilities: ArrayLike<number>,
  advantages: ArrayLike<number>,
  mask: ArrayLike<number>,
  epsilon: number,
): TokenSurrogate {
  if (!(epsilon > 0)) throw new RangeError(`epsilon must be > 0, got ${epsilon}`);
  const length = logProbabilities.length;
  const weights = new Float64Array(length);
  let count = 0;
  for (let t = 0; t < length; t += 1) if (mask[t]! > 0) count += 1;
  if (count === 0) return { value: 0, weights, clipped: 0, count };
  let value = 0;
  let clipped = 0;
  for (let t = 0; t < length; t += 1) {
    if (!(mask[t]! > 0)) continue;
    const ratio = Math.exp(logProbabilities[t]! - oldLogProbabilities[t]!);
    const advantage = advantages[t]!;
    value += clippedObjective(ratio, advantage, epsilon);
    if (isClipped(ratio, advantage, epsilon)) clipped += 1;
    else weights[t] = (ratio * advantage) / count;
  }
  return { value: value / count, weights, clipped, count };
}

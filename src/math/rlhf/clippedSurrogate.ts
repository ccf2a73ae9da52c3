/**
 * PPO's clipped surrogate objective (Schulman et al. 2017, eq. 7) for a softmax policy over K replies:
 * L(θ) = Σ_i w_i·min(ρ_i A_i, clip(ρ_i, 1 − ε, 1 + ε)·A_i), with ρ_i = π_θ(y_i)/π_old(y_i). The weights w_i are 1/N
 * for a sampled batch of N replies, or π_old(y) for the exact objective over every reply.
 *
 * Where the clip binds, the min picks the flat clipped term and the sample stops pulling on θ: above 1 + ε when A > 0
 * (the reply is already favoured enough), below 1 − ε when A < 0 (it is already disfavoured enough). On the other
 * side the unclipped term stays, so a move that made things worse is always undone.
 */

/** x limited to [low, high]. */
export function clip(x: number, low: number, high: number): number {
  return Math.min(Math.max(x, low), high);
}

/** One sample's term min(ρA, clip(ρ, 1 − ε, 1 + ε)·A). */
export function clippedObjective(ratio: number, advantage: number, epsilon: number): number {
  return Math.min(ratio * advantage, clip(ratio, 1 - epsilon, 1 + epsilon) * advantage);
}

/**
 * True where the term is flat in ρ (the clipped branch is the min): ρ > 1 + ε with A > 0, or ρ < 1 − ε with A < 0.
 * At the boundary itself, and wherever A = 0, it counts as not clipped.
 */
export function isClipped(ratio: number, advantage: number, epsilon: number): boolean {
  return (advantage > 0 && ratio > 1 + epsilon) || (advantage < 0 && ratio < 1 - epsilon);
}

/** ∂/∂ρ of the term: A where it is not clipped, 0 where it is. */
export function clippedObjectiveSlope(ratio: number, advantage: number, epsilon: number): number {
  return isClipped(ratio, advantage, epsilon) ? 0 : advantage;
}

/** One reply in a PPO batch. */
export interface SurrogateSample {
  /** Index of the reply. */
  action: number;
  /** Its weight in the objective: 1/N in a batch of N, π_old(y) in the exact objective. */
  weight: number;
  /** log π_old(y), fixed while the batch is reused. */
  oldLogProbability: number;
  /** Its advantage A (fixed while the batch is reused). */
  advantage: number;
}

/** The surrogate's value at θ, its gradient in θ, and each sample's ratio. */
export interface SurrogateEvaluation {
  value: number;
  gradient: number[];
  /** ρ_i = π_θ(y_i) / π_old(y_i), in sample order. */
  ratios: number[];
  /** Total weight of the samples in a flat (clipped) region. */
  clippedWeight: number;
}

/**
 * The clipped surrogate at the policy with log-probabilities `logPolicy` (log softmax θ). Since
 * ∂ρ_i/∂θ = ρ_i (e_{y_i} − π_θ), the gradient is Σ_i w_i·A_i·ρ_i·(e_{y_i} − π_θ) over the samples that are not clipped.
 */
export function evaluateSurrogate(
  logPolicy: readonly number[],
  samples: readonly SurrogateSample[],
  epsilon: number,
): SurrogateEvaluation {
  const pull = new Array<number>(logPolicy.length).fill(0);
  const ratios: number[] = [];
  let value = 0;
  let clippedWeight = 0;
  let totalPull = 0;
  for (const { action, weight, oldLogProbability, advantage } of samples) {
    const ratio = Math.exp(logPolicy[action]! - oldLogProbability);
    ratios.push(ratio);
    value += weight * clippedObjective(ratio, advantage, epsilon);
    if (isClipped(ratio, advantage, epsilon)) {
      clippedWeight += weight;
      continue;
    }
    const coefficient = weight * advantage * ratio;
    pull[action]! += coefficient;
    totalPull += coefficient;
  }
  const gradient = logPolicy.map((logProbability, k) => pull[k]! - Math.exp(logProbability) * totalPull);
  return { value, gradient, ratios, clippedWeight };
}

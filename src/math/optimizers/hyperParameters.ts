/**
 * The knobs every optimizer in the notebook reads. One object for all of them, so that side-by-side runs share
 * exactly the same settings; each optimizer reads only the fields it needs.
 */
export interface HyperParameters {
  /** α, the learning rate (> 0). */
  learningRate: number;
  /** β₁, decay of Adam's first moment m, in [0, 1). */
  beta1: number;
  /** β₂, decay of Adam's second moment v, in [0, 1). */
  beta2: number;
  /** ε, added to √v̂ so the division never divides by zero (> 0 for Adam to be defined at g = 0). */
  epsilon: number;
  /** λ, AdamW's decoupled weight decay per unit of learning rate (≥ 0). */
  weightDecay: number;
  /** μ, the momentum coefficient of SGD with momentum, in [0, 1). */
  momentum: number;
}

/** Kingma & Ba's defaults (α = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8), no weight decay, and momentum 0.9. */
export const PAPER_HYPERPARAMETERS: Readonly<HyperParameters> = {
  learningRate: 0.001,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
  weightDecay: 0,
  momentum: 0.9,
};

/**
 * Lists what is wrong with a set of hyperparameters, in English (empty when they are usable). β₁, β₂ and μ must
 * stay below 1: the bias correction divides by 1 − βᵗ, which is 0 when β = 1, and μ = 1 never forgets a velocity.
 */
export function hyperParameterProblems(hyper: HyperParameters): string[] {
  const problems: string[] = [];
  const { learningRate, beta1, beta2, epsilon, weightDecay, momentum } = hyper;
  if (!(Number.isFinite(learningRate) && learningRate > 0)) problems.push(`learning rate must be > 0, got ${learningRate}`);
  for (const [name, value] of [
    ['beta1', beta1],
    ['beta2', beta2],
  ] as const) {
    if (!(value >= 0 && value < 1)) {
      problems.push(`${name} must be in [0, 1) because the bias correction divides by 1 - ${name}^t, got ${value}`);
    }
  }
  if (!(Number.isFinite(epsilon) && epsilon >= 0)) problems.push(`epsilon must be >= 0, got ${epsilon}`);
  if (!(Number.isFinite(weightDecay) && weightDecay >= 0)) problems.push(`weight decay must be >= 0, got ${weightDecay}`);
  if (!(momentum >= 0 && momentum < 1)) problems.push(`momentum must be in [0, 1), got ${momentum}`);
  return problems;
}

/**
 * Gradient descent on the regularised Bradley–Terry loss (./bradleyTerry.ts), step by step from w = 0, keeping every
 * step's weights so that a lab can show any of them. A run stops early when the weights leave MAX_WEIGHT or stop
 * being finite: a learning rate too large for λ makes each step overshoot further than the last.
 */
import { bradleyTerryStep, type Preference } from './bradleyTerry.ts';

/** Largest |weight| before a fit counts as diverged; a sound fit of features of order 1 stays far below it. */
export const MAX_WEIGHT = 1e6;

/** The weights after each step of a fit, and where it stopped. */
export interface RewardModelFit {
  /** weights[t] after t steps; weights[0] is all zeros. Holds `steps + 1` rows unless the fit diverged. */
  weights: number[][];
  /** The step whose weights left MAX_WEIGHT (or were not finite), when the fit diverged; it is not in `weights`. */
  divergedAt: number | undefined;
}

/** Runs `steps` steps of gradient descent from w = 0 with L2 strength `l2` (λ ≥ 0) and step size `learningRate`. */
export function fitRewardModel(
  features: readonly (readonly number[])[],
  pairs: readonly Preference[],
  l2: number,
  learningRate: number,
  steps: number,
): RewardModelFit {
  const dimension = features[0]?.length ?? 0;
  const weights: number[][] = [new Array<number>(dimension).fill(0)];
  for (let step = 1; step <= steps; step += 1) {
    const next = bradleyTerryStep(weights[step - 1]!, features, pairs, l2, learningRate);
    if (next.some((weight) => !(Math.abs(weight) <= MAX_WEIGHT))) return { weights, divergedAt: step };
    weights.push(next);
  }
  return { weights, divergedAt: undefined };
}

import type { HyperParameters } from './hyperParameters.ts';

/** The optimizers the notebook compares. */
export type OptimizerKind = 'sgd' | 'momentum' | 'adam' | 'adam-no-bias-correction' | 'adamw';

/** Every optimizer kind, in the order they are shown. */
export const OPTIMIZER_KINDS: readonly OptimizerKind[] = ['sgd', 'momentum', 'adam', 'adam-no-bias-correction', 'adamw'];

/** True when `value` names an optimizer. */
export function isOptimizerKind(value: unknown): value is OptimizerKind {
  return typeof value === 'string' && (OPTIMIZER_KINDS as readonly string[]).includes(value);
}

/**
 * The numbers an optimizer keeps per coordinate besides g, Δθ and θ: momentum's velocity; Adam's m and v, and (with
 * bias correction) m̂ and v̂; AdamW's decay term.
 */
export type QuantityName = 'velocity' | 'm' | 'v' | 'mHat' | 'vHat' | 'decay';

/**
 * An optimizer's quantities at one step, one entry per coordinate. Each optimizer fills only its own fields:
 * SGD none; momentum `velocity` (v_t = μ·v_{t−1} + g_t); the Adam family `m` and `v`, with bias correction also
 * `mHat` = m_t/(1 − β₁ᵗ) and `vHat` = v_t/(1 − β₂ᵗ); AdamW also `decay` = −α·λ·θ_{t−1}, the part of Δθ that weight
 * decay contributes.
 */
export type OptimizerState = Partial<Record<QuantityName, number[]>>;

/**
 * One optimizer, coordinate by coordinate: every optimizer here updates each coordinate from that coordinate's own
 * gradient and history, which lets a run keep its numbers in flat typed arrays.
 */
export interface Optimizer {
  kind: OptimizerKind;
  /** The quantities recorded per coordinate and step, in storage order. */
  quantities: readonly QuantityName[];
  /** How many leading quantities carry over to the next step (m, v, velocity); they are 0 at t = 0. */
  carried: number;
  /**
   * Step t ≥ 1 for one coordinate: from θ_{t−1}, g_t and the previous step's quantities (`previous`, in storage order;
   * zeros before step 1), writes step t's quantities into `next` and returns θ_t. Writes nothing else.
   */
  step: (
    theta: number,
    gradient: number,
    t: number,
    previous: ArrayLike<number>,
    next: { [index: number]: number },
    hyper: HyperParameters,
  ) => number;
}

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
 * What an optimizer carries from step to step, one entry per coordinate. Each optimizer fills only its own fields:
 * SGD none, momentum `velocity`, the Adam family `m` and `v`, and (with bias correction) `mHat` and `vHat`.
 */
export interface OptimizerState {
  /** Momentum's velocity v_t = μ·v_{t−1} + g_t. */
  velocity?: number[];
  /** Adam's first moment m_t (running mean of g). */
  m?: number[];
  /** Adam's second moment v_t (running mean of g²). */
  v?: number[];
  /** Bias-corrected first moment m̂_t = m_t / (1 − β₁ᵗ). */
  mHat?: number[];
  /** Bias-corrected second moment v̂_t = v_t / (1 − β₂ᵗ). */
  vHat?: number[];
  /** AdamW's decay term −α·λ·θ_{t−1}, the part of Δθ that weight decay contributes. */
  decay?: number[];
}

/** What one step of an optimizer produces from θ_{t−1} and g_t. */
export interface StepResult {
  /** θ_t. */
  theta: number[];
  /** The optimizer's state after step t. */
  state: OptimizerState;
}

/** One optimizer: its state at t = 0 and its update rule. Pure: neither input is changed. */
export interface Optimizer {
  kind: OptimizerKind;
  /** The state at t = 0 (m₀ = v₀ = 0, velocity 0) for a point with `dimension` coordinates. */
  initialState: (dimension: number) => OptimizerState;
  /** Step t ≥ 1: from θ_{t−1}, g_t = ∇f(θ_{t−1}) and the state after step t − 1 to θ_t and the new state. */
  step: (
    input: { theta: readonly number[]; gradient: readonly number[]; step: number; previous: OptimizerState },
    hyper: HyperParameters,
  ) => StepResult;
}

/** A vector of zeros of the given length. */
export function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}

/** Reads entry `index` of a state vector the optimizer itself created; a missing entry is a programming error. */
export function entry(vector: readonly number[] | undefined, index: number): number {
  const value = vector?.[index];
  if (value === undefined) throw new RangeError(`state vector has no entry ${index}`);
  return value;
}

import type { Surface } from '../surfaces/surface.ts';
import { OPTIMIZERS } from './catalog.ts';
import { hyperParameterProblems, type HyperParameters } from './hyperParameters.ts';
import type { OptimizerKind, OptimizerState } from './optimizer.ts';

/** Largest |θ|, |g| or |f| a run accepts: beyond it the optimizer is taken to have diverged and is stopped. */
export const DIVERGENCE_LIMIT = 1e12;

/** Most steps one run may take (a guard against accidental huge loops, far above what a widget shows). */
export const MAX_RUN_STEPS = 100_000;

/** Step t of a run: θ_t, f(θ_t), and how the optimizer got there. Record 0 is the start (no gradient, no update). */
export interface StepRecord extends OptimizerState {
  /** t: 0 for the start, then 1, 2, … */
  step: number;
  /** θ_t. */
  theta: number[];
  /** f(θ_t). */
  loss: number;
  /** g_t = ∇f(θ_{t−1}); undefined for t = 0. */
  gradient?: number[];
  /** Δθ_t = θ_t − θ_{t−1}; undefined for t = 0. */
  update?: number[];
}

/** Why a run stopped early: at `step` some quantity stopped being finite or exceeded DIVERGENCE_LIMIT. */
export interface Divergence {
  /** The step whose result was refused; the run's records end at step − 1. */
  step: number;
  /** 'non-finite' for NaN or ±∞, 'too-large' for a finite value beyond DIVERGENCE_LIMIT. */
  reason: 'non-finite' | 'too-large';
  /** Which quantity failed first. */
  quantity: 'theta' | 'loss' | 'gradient' | 'state';
}

/** A whole run of one optimizer from one start. */
export interface OptimizerRun {
  kind: OptimizerKind;
  /** records[t] for t = 0 … (the last finite step); length is steps + 1 unless the run diverged. */
  records: StepRecord[];
  /** Set when the run stopped before the requested number of steps. */
  divergence: Divergence | undefined;
}

/** Finds the first quantity of a step that is not finite or, for θ, g and f, lies beyond DIVERGENCE_LIMIT. */
function checkStep(record: StepRecord): Pick<Divergence, 'reason' | 'quantity'> | undefined {
  const bounded: [Divergence['quantity'], readonly number[]][] = [
    ['gradient', record.gradient ?? []],
    ['theta', record.theta],
    ['loss', [record.loss]],
  ];
  for (const [quantity, values] of bounded) {
    for (const value of values) {
      if (!Number.isFinite(value)) return { reason: 'non-finite', quantity };
      if (Math.abs(value) > DIVERGENCE_LIMIT) return { reason: 'too-large', quantity };
    }
  }
  // State may legitimately be large (v ≈ g² up to 1e24), but never NaN or infinite.
  const { velocity = [], m = [], v = [], mHat = [], vHat = [], decay = [] } = record;
  for (const values of [velocity, m, v, mHat, vHat, decay]) {
    if (values.some((value) => !Number.isFinite(value))) return { reason: 'non-finite', quantity: 'state' };
  }
  return undefined;
}

/**
 * Runs one optimizer on a surface: a pure function of (surface, start, kind, hyperparameters, steps) to the
 * per-step records. Stops at the first step with a non-finite value or one beyond DIVERGENCE_LIMIT and says so, so
 * no caller ever sees NaN. Throws a RangeError for unusable hyperparameters, a wrong start or a bad step count.
 */
export function runOptimizer(
  surface: Surface,
  start: readonly number[],
  kind: OptimizerKind,
  hyper: HyperParameters,
  steps: number,
): OptimizerRun {
  const problems = hyperParameterProblems(hyper);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  if (!Number.isInteger(steps) || steps < 0 || steps > MAX_RUN_STEPS) {
    throw new RangeError(`steps must be a whole number from 0 to ${MAX_RUN_STEPS}, got ${steps}`);
  }
  if (start.length !== surface.dimension || start.some((value) => !Number.isFinite(value))) {
    throw new RangeError(`start must be ${surface.dimension} finite number(s) for ${surface.id}, got ${JSON.stringify(start)}`);
  }
  const optimizer = OPTIMIZERS[kind];
  const first: StepRecord = {
    step: 0,
    theta: start.slice(),
    loss: surface.value(start),
    ...optimizer.initialState(surface.dimension),
  };
  const records: StepRecord[] = [first];
  const startProblem = checkStep(first);
  if (startProblem) return { kind, records: [], divergence: { step: 0, ...startProblem } };

  let previous = first;
  for (let step = 1; step <= steps; step += 1) {
    const gradient = surface.gradient(previous.theta);
    const { theta, state } = optimizer.step({ theta: previous.theta, gradient, step, previous }, hyper);
    const record: StepRecord = {
      step,
      theta,
      loss: surface.value(theta),
      gradient,
      update: theta.map((value, index) => value - previous.theta[index]!),
      ...state,
    };
    const problem = checkStep(record);
    if (problem) return { kind, records, divergence: { step, ...problem } };
    records.push(record);
    previous = record;
  }
  return { kind, records, divergence: undefined };
}

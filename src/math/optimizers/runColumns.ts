/**
 * The core of every run: one optimizer from one start on one surface, with every number of every step stored
 * column-wise in flat Float64Arrays (row t of a per-coordinate column starts at t·dimension). A lab can recompute
 * five runs of 1,000 steps while the reader drags the start point without creating garbage; runOptimizer turns the
 * same columns into per-step records.
 */
import type { Surface } from '../surfaces/surface.ts';
import { OPTIMIZERS } from './catalog.ts';
import { hyperParameterProblems, type HyperParameters } from './hyperParameters.ts';
import type { OptimizerKind, QuantityName } from './optimizer.ts';

/** Largest |θ|, |g| or |f| a run accepts: beyond it the optimizer is taken to have diverged and is stopped. */
export const DIVERGENCE_LIMIT = 1e12;

/** Most steps one run may take (a guard against accidental huge loops, far above what a widget shows). */
export const MAX_RUN_STEPS = 100_000;

/** Why a run stopped early: at `step` some quantity stopped being finite or exceeded DIVERGENCE_LIMIT. */
export interface Divergence {
  /** The step whose result was refused; the run's records end at step − 1. */
  step: number;
  /** 'non-finite' for NaN or ±∞, 'too-large' for a finite value beyond DIVERGENCE_LIMIT. */
  reason: 'non-finite' | 'too-large';
  /** Which quantity failed first: θ, g and f are bounded; the optimizer's state only has to stay finite. */
  quantity: 'theta' | 'loss' | 'gradient' | 'state';
}

/** A run's numbers, column by column. Rows t = 0 … length − 1 hold data; row 0 of `gradient` and `update` is unused. */
export interface RunColumns {
  kind: OptimizerKind;
  dimension: number;
  /** Rows holding data: steps + 1, or fewer when the run diverged. */
  length: number;
  /** θ_t, per coordinate. */
  theta: Float64Array;
  /** f(θ_t), one per row. */
  loss: Float64Array;
  /** g_t = ∇f(θ_{t−1}), per coordinate. */
  gradient: Float64Array;
  /** Δθ_t = θ_t − θ_{t−1}, per coordinate. */
  update: Float64Array;
  /** The optimizer's own quantities (m, v, …), per coordinate; carried ones are 0 in row 0. */
  quantities: Partial<Record<QuantityName, Float64Array>>;
  divergence: Divergence | undefined;
}

/** 'non-finite', 'too-large' (only when `bounded`), or undefined when the value passes. */
function failureOf(value: number, bounded: boolean): Divergence['reason'] | undefined {
  if (!Number.isFinite(value)) return 'non-finite';
  return bounded && Math.abs(value) > DIVERGENCE_LIMIT ? 'too-large' : undefined;
}

/** Throws a RangeError for unusable hyperparameters, a start that does not fit the surface, or a bad step count. */
function checkArguments(surface: Surface, start: readonly number[], hyper: HyperParameters, steps: number): void {
  const problems = hyperParameterProblems(hyper);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  if (!Number.isInteger(steps) || steps < 0 || steps > MAX_RUN_STEPS) {
    throw new RangeError(`steps must be a whole number from 0 to ${MAX_RUN_STEPS}, got ${steps}`);
  }
  if (start.length !== surface.dimension || start.some((value) => !Number.isFinite(value))) {
    throw new RangeError(`start must be ${surface.dimension} finite number(s) for ${surface.id}, got ${JSON.stringify(start)}`);
  }
}

/**
 * Runs one optimizer for `steps` steps: a pure function of its arguments. Stops at the first step with a non-finite
 * value, or a θ, g or f beyond DIVERGENCE_LIMIT, and says so in `divergence`, so no caller ever sees NaN. A start
 * whose own loss is out of bounds gives length 0.
 */
export function runColumns(
  surface: Surface,
  start: readonly number[],
  kind: OptimizerKind,
  hyper: HyperParameters,
  steps: number,
): RunColumns {
  checkArguments(surface, start, hyper, steps);
  const optimizer = OPTIMIZERS[kind];
  const dimension = surface.dimension;
  const rows = steps + 1;
  const columns: RunColumns = {
    kind,
    dimension,
    length: 0,
    theta: new Float64Array(rows * dimension),
    loss: new Float64Array(rows),
    gradient: new Float64Array(rows * dimension),
    update: new Float64Array(rows * dimension),
    quantities: {},
    divergence: undefined,
  };
  const stores = optimizer.quantities.map((name) => {
    const store = new Float64Array(rows * dimension);
    columns.quantities[name] = store;
    return store;
  });
  const previous = new Float64Array(stores.length);
  const next = new Float64Array(stores.length);

  columns.theta.set(start);
  columns.loss[0] = surface.value(start);
  const startProblem = failureOf(columns.loss[0], true);
  if (startProblem) {
    columns.divergence = { step: 0, reason: startProblem, quantity: 'loss' };
    return columns;
  }
  columns.length = 1;
  const point = start.slice();
  for (let t = 1; t <= steps; t += 1) {
    const row = t * dimension;
    const gradient = surface.gradient(point);
    // First failure of each kind over the coordinates; reported in the order g, θ, f, state.
    let gradientProblem: Divergence['reason'] | undefined;
    let thetaProblem: Divergence['reason'] | undefined;
    let stateProblem = false;
    for (let index = 0; index < dimension; index += 1) {
      const g = gradient[index]!;
      const before = point[index]!;
      for (let q = 0; q < stores.length; q += 1) previous[q] = q < optimizer.carried ? stores[q]![row - dimension + index]! : 0;
      const after = optimizer.step(before, g, t, previous, next, hyper);
      columns.gradient[row + index] = g;
      columns.theta[row + index] = after;
      columns.update[row + index] = after - before;
      for (let q = 0; q < stores.length; q += 1) {
        stores[q]![row + index] = next[q]!;
        // The state may legitimately be large (v ≈ g² up to 1e24), but never NaN or infinite.
        if (!Number.isFinite(next[q]!)) stateProblem = true;
      }
      point[index] = after;
      gradientProblem ??= failureOf(g, true);
      thetaProblem ??= failureOf(after, true);
    }
    const loss = surface.value(point);
    columns.loss[t] = loss;
    const lossProblem = failureOf(loss, true);
    const problem: Pick<Divergence, 'reason' | 'quantity'> | undefined = gradientProblem
      ? { reason: gradientProblem, quantity: 'gradient' }
      : thetaProblem
        ? { reason: thetaProblem, quantity: 'theta' }
        : lossProblem
          ? { reason: lossProblem, quantity: 'loss' }
          : stateProblem
            ? { reason: 'non-finite', quantity: 'state' }
            : undefined;
    if (problem) {
      columns.divergence = { step: t, ...problem };
      return columns;
    }
    columns.length = t + 1;
  }
  return columns;
}

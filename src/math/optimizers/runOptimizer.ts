/**
 * A run as per-step records: what tests, tables and readers want to look at. The numbers come from runColumns, the
 * one implementation of the loop.
 */
import type { Surface } from '../surfaces/surface.ts';
import type { HyperParameters } from './hyperParameters.ts';
import type { OptimizerKind, OptimizerState, QuantityName } from './optimizer.ts';
import { type Divergence, runColumns, type RunColumns } from './runColumns.ts';

export { DIVERGENCE_LIMIT, MAX_RUN_STEPS, type Divergence } from './runColumns.ts';

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

/** A whole run of one optimizer from one start. */
export interface OptimizerRun {
  kind: OptimizerKind;
  /** records[t] for t = 0 … (the last finite step); length is steps + 1 unless the run diverged. */
  records: StepRecord[];
  /** Set when the run stopped before the requested number of steps. */
  divergence: Divergence | undefined;
}

/** Row t of a per-coordinate column as a plain array. */
function rowOf(column: Float64Array, t: number, dimension: number): number[] {
  return Array.from(column.subarray(t * dimension, (t + 1) * dimension));
}

/** Quantities that exist at t = 0: the carried ones (m₀ = v₀ = 0, velocity 0); m̂, v̂ and the decay start at t = 1. */
const AT_START: ReadonlySet<QuantityName> = new Set(['velocity', 'm', 'v']);

/** The record of step t (0 ≤ t < columns.length) of a run. */
export function recordAt(columns: RunColumns, t: number): StepRecord {
  if (!Number.isInteger(t) || t < 0 || t >= columns.length) throw new RangeError(`step ${t} is not in this run (0 to ${columns.length - 1})`);
  const { dimension } = columns;
  const record: StepRecord = { step: t, theta: rowOf(columns.theta, t, dimension), loss: columns.loss[t]! };
  if (t > 0) {
    record.gradient = rowOf(columns.gradient, t, dimension);
    record.update = rowOf(columns.update, t, dimension);
  }
  for (const [name, column] of Object.entries(columns.quantities) as [QuantityName, Float64Array][]) {
    if (t > 0 || AT_START.has(name)) record[name] = rowOf(column, t, dimension);
  }
  return record;
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
  const columns = runColumns(surface, start, kind, hyper, steps);
  return {
    kind,
    records: Array.from({ length: columns.length }, (_, t) => recordAt(columns, t)),
    divergence: columns.divergence,
  };
}

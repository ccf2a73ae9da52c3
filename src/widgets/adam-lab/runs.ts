/**
 * The lab's runs: every optimizer from the same start with the same settings, computed by src/math and memoised on
 * the settings, so stepping, toggling and redrawing never recompute them.
 */
import type { HyperParameters } from '../../math/optimizers/hyperParameters.ts';
import { OPTIMIZER_KINDS, type OptimizerKind } from '../../math/optimizers/optimizer.ts';
import { runOptimizer, type OptimizerRun, type StepRecord } from '../../math/optimizers/runOptimizer.ts';
import { SURFACES } from '../../math/surfaces/catalog.ts';
import type { AdamLabProps } from './attributes.ts';

/** Every optimizer's run, by kind (all five are computed, whichever are switched on, so toggling is instant). */
export type Runs = Readonly<Record<OptimizerKind, OptimizerRun>>;

/** The settings a run depends on. */
export type RunSettings = Pick<AdamLabProps, 'surface' | 'start' | 'lr' | 'beta1' | 'beta2' | 'eps' | 'wd' | 'momentum' | 'steps'>;

/** The lab's props as the optimizers' hyperparameters. */
export function hyperParametersOf(settings: RunSettings): HyperParameters {
  return {
    learningRate: settings.lr,
    beta1: settings.beta1,
    beta2: settings.beta2,
    epsilon: settings.eps,
    weightDecay: settings.wd,
    momentum: settings.momentum,
  };
}

/** A key that changes exactly when a run's result would. */
function keyOf(settings: RunSettings): string {
  const { surface, start, lr, beta1, beta2, eps, wd, momentum, steps } = settings;
  return JSON.stringify([surface, start, lr, beta1, beta2, eps, wd, momentum, steps]);
}

let lastKey = '';
let lastRuns: Runs | undefined;

/** Runs all five optimizers; the last result is kept, so asking again with the same settings costs nothing. */
export function computeRuns(settings: RunSettings): Runs {
  const key = keyOf(settings);
  if (lastRuns && key === lastKey) return lastRuns;
  const surface = SURFACES[settings.surface];
  const hyper = hyperParametersOf(settings);
  const runs = Object.fromEntries(
    OPTIMIZER_KINDS.map((kind) => [kind, runOptimizer(surface, settings.start, kind, hyper, settings.steps)]),
  ) as Record<OptimizerKind, OptimizerRun>;
  lastKey = key;
  lastRuns = runs;
  return runs;
}

/** Where a run is at step t: its record there, or its last record and the divergence when it stopped earlier. */
export interface RunPosition {
  /** The record at t, or the last finite record when the run stopped before t. */
  record: StepRecord;
  /** True when the run stopped (diverged) at or before step t. */
  stopped: boolean;
}

/** The record of `run` at step `t` (see RunPosition). A run always has its start record. */
export function positionAt(run: OptimizerRun, t: number): RunPosition {
  const last = run.records.length - 1;
  const stopped = run.divergence !== undefined && t >= run.divergence.step;
  return { record: run.records[Math.min(t, last)]!, stopped };
}

/**
 * The lab's runs: every optimizer from the same start with the same settings, computed by src/math and memoised on
 * the settings, so stepping, toggling and redrawing never recompute them.
 */
import type { HyperParameters } from '../../math/optimizers/hyperParameters.ts';
import { OPTIMIZER_KINDS, type OptimizerKind } from '../../math/optimizers/optimizer.ts';
import { runColumns, type RunColumns } from '../../math/optimizers/runColumns.ts';
import { recordAt, type StepRecord } from '../../math/optimizers/runOptimizer.ts';
import { SURFACES } from '../../math/surfaces/catalog.ts';
import type { AdamLabProps } from './props.ts';

/** Every optimizer's run, by kind, as flat columns (all five are computed, whichever are switched on). */
export type Runs = Readonly<Record<OptimizerKind, RunColumns>>;

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

/** A record with one entry per optimizer kind. */
export function byKind<T>(value: (kind: OptimizerKind) => T): Record<OptimizerKind, T> {
  return Object.fromEntries(OPTIMIZER_KINDS.map((kind) => [kind, value(kind)])) as Record<OptimizerKind, T>;
}

/** byKind for the switched-on kinds only; the others get `empty` (so drawing skips work nobody sees). */
export function bySelectedKind<T>(selected: readonly OptimizerKind[], value: (kind: OptimizerKind) => T, empty: T): Record<OptimizerKind, T> {
  return byKind((kind) => (selected.includes(kind) ? value(kind) : empty));
}

let lastKey = '';
let lastRuns: Runs | undefined;

/** Runs all five optimizers; the last result is kept, so asking again with the same settings costs nothing. */
export function computeRuns(settings: RunSettings): Runs {
  const key = keyOf(settings);
  if (lastRuns && key === lastKey) return lastRuns;
  const surface = SURFACES[settings.surface];
  const hyper = hyperParametersOf(settings);
  const runs = byKind((kind) => runColumns(surface, settings.start, kind, hyper, settings.steps));
  lastKey = key;
  lastRuns = runs;
  return runs;
}

/** Which row of a run to show at step t: t itself, or its last row when it stopped (diverged) before t. */
export interface RunRow {
  /** The row shown: min(t, last row). */
  row: number;
  /** True when the run stopped at or before step t. */
  stopped: boolean;
}

/** The row of `run` to show at step `t` (the lab's starts always give a run at least its start row). */
export function rowAt(run: RunColumns, t: number): RunRow {
  return { row: Math.min(t, run.length - 1), stopped: run.divergence !== undefined && t >= run.divergence.step };
}

/** Where a run is at step t, as a record: see RunRow. */
export interface RunPosition {
  record: StepRecord;
  stopped: boolean;
}

/** The record of `run` to show at step `t` (see rowAt). */
export function positionAt(run: RunColumns, t: number): RunPosition {
  const { row, stopped } = rowAt(run, t);
  return { record: recordAt(run, row), stopped };
}

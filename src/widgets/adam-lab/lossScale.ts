/**
 * The loss chart's vertical scale. Where the surface has a known minimum f*, the chart shows the gap f − f* on a log
 * scale (convergence is geometric, so a log axis turns it into a straight line); on the saddle, which is unbounded
 * below, it shows f itself on a symmetric-log scale, so both +3 and −1e12 fit.
 */
import { scaleLog, scaleSymlog } from 'd3-scale';
import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { StepRecord } from '../../math/optimizers/runOptimizer.ts';
import type { Surface } from '../../math/surfaces/surface.ts';
import type { Runs } from './runs.ts';

/** Smallest gap drawn: f − f* can be exactly 0 (SGD with α = 0.5 on θ²) or lose its last digits to rounding. */
export const GAP_FLOOR = 1e-16;
/** Most tick labels on the loss axis. */
const MAX_TICKS = 5;

/** A vertical scale with what the chart needs from it. */
export interface LossScale {
  /** 'gap' plots max(f − f*, GAP_FLOOR) on a log scale; 'value' plots f on a symlog scale. */
  kind: 'gap' | 'value';
  /** The plotted quantity of a record. */
  valueOf: (record: StepRecord) => number;
  /** Pixel of a plotted quantity. */
  y: (value: number) => number;
  ticks: number[];
}

/** Powers of ten in [low, high], thinned to at most MAX_TICKS. */
function decadeTicks(low: number, high: number): number[] {
  const first = Math.ceil(Math.log10(low) - 1e-9);
  const last = Math.floor(Math.log10(high) + 1e-9);
  const stride = Math.max(1, Math.ceil((last - first + 1) / MAX_TICKS));
  const ticks: number[] = [];
  for (let exponent = last; exponent >= first; exponent -= stride) ticks.push(10 ** exponent);
  return ticks;
}

/** The scale for the switched-on runs, over all their steps (so the axis stays still while t advances). */
export function lossScale(surface: Surface, runs: Runs, optimizers: readonly OptimizerKind[], range: [number, number]): LossScale {
  const records = optimizers.flatMap((kind) => runs[kind].records);
  const minimum = surface.minimumValue;
  if (minimum !== undefined) {
    const valueOf = (record: StepRecord) => Math.max(record.loss - minimum, GAP_FLOOR);
    const values = records.map(valueOf);
    let low = values.length > 0 ? Math.min(...values) : 1e-3;
    let high = values.length > 0 ? Math.max(...values) : 1;
    if (high / low < 10) {
      low /= 10;
      high *= 10;
    }
    const y = scaleLog().domain([low, high]).range(range).nice();
    const [niceLow, niceHigh] = y.domain() as [number, number];
    return { kind: 'gap', valueOf, y: (value) => y(value), ticks: decadeTicks(niceLow, niceHigh) };
  }
  const valueOf = (record: StepRecord) => record.loss;
  const values = records.map(valueOf);
  const low = Math.min(0, ...values);
  const high = Math.max(1, ...values);
  const y = scaleSymlog().domain([low, high]).range(range);
  // 0 and the powers of ten of either sign that fit, thinned from the outside in.
  const positive = high >= 1 ? decadeTicks(1, high) : [];
  const negative = low <= -1 ? decadeTicks(1, -low).map((tick) => -tick) : [];
  const ticks = [...positive.slice(0, 2), 0, ...negative.slice(0, 2)];
  return { kind: 'value', valueOf, y: (value) => y(value), ticks };
}

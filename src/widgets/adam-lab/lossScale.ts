/**
 * The loss chart's vertical scale. Where the surface has a known minimum f*, the chart shows the gap f − f* on a log
 * scale (convergence is geometric, so a log axis turns it into a straight line); on the saddle, which is unbounded
 * below, it shows f itself on a symmetric-log scale, so both +3 and −1e12 fit.
 */
import { scaleLog, scaleSymlog } from 'd3-scale';
import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { Surface } from '../../math/surfaces/surface.ts';
import type { Runs } from './runs.ts';

/** Smallest gap drawn: f − f* can be exactly 0 (SGD with α = 0.5 on θ²) or lose its last digits to rounding. */
export const GAP_FLOOR = 1e-16;
/** Most tick labels on the loss axis. */
const MAX_TICKS = 5;
/** Closest two tick labels may come, in pixels (on a symlog axis 0 and 1 can nearly touch). */
const MIN_TICK_GAP_PX = 14;

/** Drops ticks that would crowd the previous kept one. */
function spaced(ticks: readonly number[], y: (value: number) => number): number[] {
  const kept: number[] = [];
  for (const tick of ticks) {
    if (kept.every((other) => Math.abs(y(other) - y(tick)) >= MIN_TICK_GAP_PX)) kept.push(tick);
  }
  return kept;
}

/** A vertical scale with what the chart needs from it. */
export interface LossScale {
  /** 'gap' plots max(f − f*, GAP_FLOOR) on a log scale; 'value' plots f on a symlog scale. */
  kind: 'gap' | 'value';
  /** The plotted quantity for a loss f. */
  valueOf: (loss: number) => number;
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
  const minimum = surface.minimumValue;
  const valueOf = minimum === undefined ? (loss: number) => loss : (loss: number) => Math.max(loss - minimum, GAP_FLOOR);
  let smallest = Number.POSITIVE_INFINITY;
  let largest = Number.NEGATIVE_INFINITY;
  for (const kind of optimizers) {
    const { loss, length } = runs[kind];
    for (let t = 0; t < length; t += 1) {
      const value = valueOf(loss[t]!);
      if (value < smallest) smallest = value;
      if (value > largest) largest = value;
    }
  }
  const any = smallest <= largest;
  if (minimum !== undefined) {
    let low = any ? smallest : 1e-3;
    let high = any ? largest : 1;
    if (high / low < 10) {
      low /= 10;
      high *= 10;
    }
    const y = scaleLog().domain([low, high]).range(range).nice();
    const [niceLow, niceHigh] = y.domain() as [number, number];
    return { kind: 'gap', valueOf, y: (value) => y(value), ticks: spaced(decadeTicks(niceLow, niceHigh), y) };
  }
  const low = Math.min(0, any ? smallest : 0);
  const high = Math.max(1, any ? largest : 1);
  const y = scaleSymlog().domain([low, high]).range(range);
  // 0 and the powers of ten of either sign that fit, thinned from the outside in.
  const positive = high >= 1 ? decadeTicks(1, high) : [];
  const negative = low <= -1 ? decadeTicks(1, -low).map((tick) => -tick) : [];
  const ticks = spaced([0, ...positive.slice(0, 2), ...negative.slice(0, 2)], y);
  return { kind: 'value', valueOf, y: (value) => y(value), ticks };
}

/**
 * The loss surfaces an optimizer can walk on: a value, its analytic gradient, and what a plot needs to show them.
 * Points are plain arrays of coordinates: [θ] for one dimension, [x, y] for two.
 */

/** Every surface the notebook knows, by id. */
export type SurfaceId = 'square' | 'double-well' | 'bowl' | 'rosenbrock' | 'saddle' | 'plateau';

/** A closed interval [low, high] of one coordinate. */
export type Interval = readonly [low: number, high: number];

/** A differentiable test function f: ℝⁿ → ℝ with n = 1 or 2. */
export interface Surface {
  id: SurfaceId;
  /** Number of coordinates: 1 (θ) or 2 (x, y). */
  dimension: 1 | 2;
  /** The formula in KaTeX-ready LaTeX, e.g. `f(x,y)=x^{2}+10y^{2}`. */
  tex: string;
  /** f at a point with `dimension` coordinates. */
  value: (point: readonly number[]) => number;
  /** ∇f at a point, computed analytically (one entry per coordinate). */
  gradient: (point: readonly number[]) => number[];
  /** The region a plot shows: one interval per coordinate. */
  domain: readonly Interval[];
  /** A start point that shows the surface's character. */
  defaultStart: readonly number[];
  /** The global minimum value f*, or undefined when f is unbounded below (the saddle). */
  minimumValue: number | undefined;
  /** Local minima inside the domain (for markers), global first. */
  minima: readonly (readonly number[])[];
}

/** Reads coordinate `index` of a point, treating a missing coordinate as a programming error. */
export function coordinate(point: readonly number[], index: number): number {
  const value = point[index];
  if (value === undefined) throw new RangeError(`point ${JSON.stringify(point)} has no coordinate ${index}`);
  return value;
}

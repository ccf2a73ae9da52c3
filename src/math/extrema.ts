/**
 * Root finding and maximisation for the shape facts of GeLU: Newton's method for the points where a derivative
 * vanishes, and dense sampling plus golden-section refinement for the largest gap between two functions.
 */
import {
  gelu,
  geluDerivative,
  geluSecondDerivative,
  geluThirdDerivative,
} from './gelu.ts';

/** A point on a curve. */
export interface CurvePoint {
  x: number;
  y: number;
}

/** Newton iterations to try before giving up; quadratic convergence needs far fewer from a sensible start. */
const NEWTON_MAX_ITERATIONS = 100;

/**
 * Newton's method for f(x) = 0 from `start`, with f′ given. Stops when a step no longer changes x (or changes it by
 * at most one rounding step), so the answer is as good as double precision allows. Throws if the derivative vanishes
 * or the iteration does not settle: a silent wrong root would be worse.
 */
export function newtonRoot(f: (x: number) => number, derivative: (x: number) => number, start: number): number {
  let x = start;
  for (let iteration = 0; iteration < NEWTON_MAX_ITERATIONS; iteration += 1) {
    const slope = derivative(x);
    if (slope === 0 || !Number.isFinite(slope)) throw new RangeError(`Newton's method met a zero slope at x = ${x}`);
    const next = x - f(x) / slope;
    if (!Number.isFinite(next)) throw new RangeError(`Newton's method diverged from x = ${start}`);
    if (Math.abs(next - x) <= 2 * Number.EPSILON * Math.abs(x)) return next;
    x = next;
  }
  throw new RangeError(`Newton's method did not converge from x = ${start}`);
}

/** The minimum of GeLU, where GeLU′ = 0: x* ≈ −0.751792, GeLU(x*) ≈ −0.169971. */
export function geluMinimum(): CurvePoint {
  const x = newtonRoot(geluDerivative, geluSecondDerivative, -0.75);
  return { x, y: gelu(x) };
}

/** The steepest point of GeLU, where GeLU″ = 0 for x > 0: (√2, GeLU′(√2) ≈ 1.128904), a point on the GeLU′ curve. */
export function geluSteepestSlope(): CurvePoint {
  const x = newtonRoot(geluSecondDerivative, geluThirdDerivative, 1.4);
  return { x, y: geluDerivative(x) };
}

/** The most negative slope of GeLU, where GeLU″ = 0 for x < 0: (−√2, GeLU′(−√2) ≈ −0.128904), on the GeLU′ curve. */
export function geluShallowestSlope(): CurvePoint {
  const x = newtonRoot(geluSecondDerivative, geluThirdDerivative, -1.4);
  return { x, y: geluDerivative(x) };
}

/** Where two functions differ most on an interval: the largest |f − g| and one x where it occurs. */
export interface LargestDifference {
  /** max |f(x) − g(x)| over the interval. */
  value: number;
  /** An x where it occurs (for an even difference, either of the two mirror points). */
  at: number;
}

/** Samples of |f − g| for locating the largest difference: enough that each peak of a smooth gap is bracketed. */
const DEFAULT_DIFFERENCE_SAMPLES = 4001;
/** Golden-section steps: the bracket shrinks by 0.618 per step, so 80 steps take any bracket below a rounding step. */
const GOLDEN_SECTION_STEPS = 80;
const INVERSE_GOLDEN_RATIO = (Math.sqrt(5) - 1) / 2;

/**
 * max |f(x) − g(x)| over [start, end], by sampling `samples` equally spaced points and then refining every sampled
 * local maximum by golden-section search within one sample step on each side. Refining all local maxima (not just the
 * largest sample) guards against a peak that falls between samples while a lower one happens to be hit squarely.
 * The value is accurate to rounding; the location only to about √ε relative, because a maximum is flat.
 */
export function largestDifference(
  f: (x: number) => number,
  g: (x: number) => number,
  start: number,
  end: number,
  samples = DEFAULT_DIFFERENCE_SAMPLES,
): LargestDifference {
  if (!(end > start)) throw new RangeError(`largestDifference needs start < end, got [${start}, ${end}]`);
  const gap = (x: number) => Math.abs(f(x) - g(x));
  const step = (end - start) / (samples - 1);
  const values: number[] = [];
  for (let index = 0; index < samples; index += 1) values.push(gap(start + index * step));

  let best: LargestDifference = { value: -1, at: start };
  for (let index = 0; index < samples; index += 1) {
    const value = values[index]!;
    const left = values[index - 1] ?? Number.NEGATIVE_INFINITY;
    const right = values[index + 1] ?? Number.NEGATIVE_INFINITY;
    if (value < left || value < right) continue;
    const x = index === samples - 1 ? end : start + index * step;
    const refined = goldenSectionMaximum(gap, Math.max(start, x - step), Math.min(end, x + step));
    const candidate = refined.value >= value ? refined : { value, at: x };
    if (candidate.value > best.value) best = candidate;
  }
  return best;
}

/** Golden-section search for the maximum of a function that is unimodal on [low, high]. */
function goldenSectionMaximum(h: (x: number) => number, low: number, high: number): LargestDifference {
  let a = low;
  let b = high;
  let c = b - INVERSE_GOLDEN_RATIO * (b - a);
  let d = a + INVERSE_GOLDEN_RATIO * (b - a);
  let hc = h(c);
  let hd = h(d);
  for (let iteration = 0; iteration < GOLDEN_SECTION_STEPS && c < d; iteration += 1) {
    if (hc > hd) {
      b = d;
      d = c;
      hd = hc;
      c = b - INVERSE_GOLDEN_RATIO * (b - a);
      hc = h(c);
    } else {
      a = c;
      c = d;
      hc = hd;
      d = a + INVERSE_GOLDEN_RATIO * (b - a);
      hd = h(d);
    }
  }
  const candidates: LargestDifference[] = [
    { value: hc, at: c },
    { value: hd, at: d },
    { value: h(low), at: low },
    { value: h(high), at: high },
  ];
  return candidates.reduce((best, candidate) => (candidate.value > best.value ? candidate : best));
}

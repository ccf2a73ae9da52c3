/**
 * The curves sampled over a view: about one point per pixel, computed once per view and width and shared by the plot,
 * the error panel and the y range. Pure: no React, no DOM.
 */
import { largestDifference, type LargestDifference } from '../../math/extrema.ts';
import { gelu } from '../../math/gelu.ts';
import type { CurveId } from './props.ts';
import { APPROXIMATION_IDS, type ApproximationId, CURVES, curveSpec } from './curves.ts';
import { formatSignificant } from '../../ui/formatNumber.ts';
import type { View } from './view.ts';

/** Fewest samples per curve, even on the narrowest plot: enough for the bends near 0 to look smooth. */
export const MIN_SAMPLES = 200;
/** Most samples per curve: beyond about one per pixel more points add nothing visible. */
export const MAX_SAMPLES = 1200;

/** Every curve (and every approximation's error) at the same x positions. */
export interface CurveSamples {
  xs: number[];
  values: Record<CurveId, number[]>;
  errors: Record<ApproximationId, number[]>;
}

/**
 * `count` equally spaced x positions over the view, plus 0 when it lies inside, so that ReLU's kink is drawn sharp.
 */
export function sampleXs(view: View, count: number): number[] {
  const xs: number[] = [];
  const step = (view.xmax - view.xmin) / (count - 1);
  for (let index = 0; index < count; index += 1) xs.push(index === count - 1 ? view.xmax : view.xmin + index * step);
  if (view.xmin < 0 && view.xmax > 0 && !xs.includes(0)) {
    xs.splice(xs.findIndex((x) => x > 0), 0, 0);
  }
  return xs;
}

/** Samples every curve and approximation error over the view; `count` is clamped to [MIN_SAMPLES, MAX_SAMPLES]. */
export function sampleCurves(view: View, count: number): CurveSamples {
  const xs = sampleXs(view, Math.round(Math.min(MAX_SAMPLES, Math.max(MIN_SAMPLES, count))));
  const values = Object.fromEntries(CURVES.map((curve) => [curve.id, xs.map(curve.evaluate)])) as Record<CurveId, number[]>;
  const exact = values.gelu;
  const errors = Object.fromEntries(
    APPROXIMATION_IDS.map((id) => [id, values[id].map((value, index) => value - exact[index]!)]),
  ) as Record<ApproximationId, number[]>;
  return { xs, values, errors };
}

/** The range of values the enabled curves take over the samples, or undefined when no curve is enabled. */
export function valueRange(samples: CurveSamples, enabled: readonly CurveId[]): [number, number] | undefined {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const id of enabled) {
    for (const value of samples.values[id]) {
      if (value < low) low = value;
      if (value > high) high = value;
    }
  }
  return low <= high ? [low, high] : undefined;
}

/**
 * Where an approximation's error peaks, as text: "±2.699" when the mirror point −x is in view too (both errors are
 * even functions of x, so the peak occurs twice), else "2.699".
 */
export function peakLocation(at: number, view: View): string {
  const mirrored = at !== 0 && -at >= view.xmin && -at <= view.xmax;
  return `${mirrored ? '±' : ''}${formatSignificant(mirrored ? Math.abs(at) : at, 4)}`;
}

/** The largest |approximation − GeLU| over the view, by dense sampling and refinement (src/math). */
export function largestApproximationError(id: ApproximationId, view: View): LargestDifference {
  return largestDifference(gelu, curveSpec(id).evaluate, view.xmin, view.xmax);
}

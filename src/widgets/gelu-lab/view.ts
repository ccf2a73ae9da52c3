/**
 * The visible x range and the probe's movement in it: step sizes, snapping, zooming and presets. Pure functions.
 */
import { DEFAULT_DIGITS, formatNumber, formatTex } from '../../ui/formatNumber.ts';
import { MIN_VIEW_WIDTH, PROBE_LIMIT, VIEW_LIMIT } from './props.ts';

/**
 * An x position as the lab writes it (the probe, the view's edges): up to six digits, written out in full however
 * large (x = 250000, as the reader typed it, beside readouts of 250000), in exponent form only below 1e-3.
 */
export function formatPosition(x: number): string {
  return formatNumber(x, DEFAULT_DIGITS, { large: Infinity });
}

/** An x position in a typeset formula, as formatPosition writes it; `factor` brackets a negative one. */
export function formatPositionTex(x: number, { factor = false } = {}): string {
  return formatTex(x, { factor, large: Infinity });
}

/** The visible x range. */
export interface View {
  xmin: number;
  xmax: number;
}

/** The ranges offered as one-click views: [−6, 6] (where the approximations' errors are usually quoted), the default,
 * and a close-up of the dip. */
export const VIEW_PRESETS: readonly View[] = [
  { xmin: -6, xmax: 6 },
  { xmin: -4, xmax: 4 },
  { xmin: -2, xmax: 1 },
];

/** Zoom factor of one press of "zoom in" (the width is halved) and "zoom out" (doubled). */
export const ZOOM_FACTOR = 2;
/** A Shift+arrow (and PageUp/PageDown) moves the probe this many fine steps. */
export const COARSE_STEP_MULTIPLE = 10;

/** Rounds away binary noise (0.1 + 0.2 → 0.3) so numbers read and link cleanly. */
export function cleanNumber(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * The probe's fine step for a view: a power of ten near 1/1000 of its width (0.01 for widths 3.2 to 32), so a slider
 * has about a thousand stops and arrow keys land on round numbers.
 */
export function fineStep(view: View): number {
  return 10 ** Math.round(Math.log10((view.xmax - view.xmin) / 1000));
}

/** `value` rounded to the nearest multiple of `step`, without binary noise. */
export function snap(value: number, step: number): number {
  return cleanNumber(Math.round(value / step) * step);
}

/** Keeps a probe position within ±PROBE_LIMIT. */
export function clampProbe(x: number): number {
  return Math.min(PROBE_LIMIT, Math.max(-PROBE_LIMIT, x));
}

/** Moves the probe `steps` fine steps (negative: to the left) and snaps it to the step grid. */
export function stepProbe(x: number, steps: number, view: View): number {
  const step = fineStep(view);
  return clampProbe(snap(x + steps * step, step));
}

/**
 * Zooms by `factor` (< 1 zooms in) keeping `anchor` at the same place on screen, within ±VIEW_LIMIT and no narrower
 * than MIN_VIEW_WIDTH. The anchor is the probe when it is in view (so zooming in closes in on it), else the centre.
 */
export function zoomView(view: View, factor: number, probe: number): View {
  const anchor = probe >= view.xmin && probe <= view.xmax ? probe : (view.xmin + view.xmax) / 2;
  const width = view.xmax - view.xmin;
  const targetWidth = Math.min(2 * VIEW_LIMIT, Math.max(MIN_VIEW_WIDTH, width * factor));
  const scale = targetWidth / width;
  let xmin = anchor - (anchor - view.xmin) * scale;
  let xmax = anchor + (view.xmax - anchor) * scale;
  // Slide back inside the limits rather than shrink.
  if (xmin < -VIEW_LIMIT) [xmin, xmax] = [-VIEW_LIMIT, -VIEW_LIMIT + targetWidth];
  if (xmax > VIEW_LIMIT) [xmin, xmax] = [VIEW_LIMIT - targetWidth, VIEW_LIMIT];
  const step = fineStep({ xmin, xmax });
  return { xmin: snap(xmin, step), xmax: snap(xmax, step) };
}

/** True when two views are the same range. */
export function sameView(a: View, b: View): boolean {
  return a.xmin === b.xmin && a.xmax === b.xmax;
}

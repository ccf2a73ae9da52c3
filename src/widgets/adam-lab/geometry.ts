/**
 * Sizes and scales of the lab's two plots. One SVG unit is one CSS pixel: the SVGs are drawn at the measured width,
 * so text and strokes keep their size at every width. The surface plot is square (every 2-D domain is square), so
 * circles look round and the bowl's 10:1 elongation looks like what it is.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { RunColumns } from '../../math/optimizers/runColumns.ts';
import type { Surface } from '../../math/surfaces/surface.ts';

/** From this container width on, the loss chart sits beside the surface plot instead of under it. */
export const SIDE_BY_SIDE_MIN_WIDTH = 560;
/** Largest side of the square surface plot. */
const MAX_PLOT_SIZE = 340;
/** Height of the loss chart when it sits under the surface plot. */
const STACKED_LOSS_HEIGHT = 130;
/** Gap between the two plots. */
export const PLOT_GAP = 12;

/** Room around a plot's data area for tick labels. */
export const MARGIN = { left: 40, right: 10, top: 10, bottom: 24 } as const;

/** Where the two plots go for a given container width. */
export interface FigureLayout {
  sideBySide: boolean;
  plot: { width: number; height: number };
  loss: { width: number; height: number };
}

/** Lays the plots out for a container `width` px wide (at least 200, so the margins always leave a data area). */
export function figureLayout(width: number): FigureLayout {
  const available = Math.max(200, Math.floor(width));
  if (available >= SIDE_BY_SIDE_MIN_WIDTH) {
    const size = Math.min(MAX_PLOT_SIZE, Math.floor(available / 2));
    return { sideBySide: true, plot: { width: size, height: size }, loss: { width: available - size - PLOT_GAP, height: size } };
  }
  const size = Math.min(available, MAX_PLOT_SIZE);
  return { sideBySide: false, plot: { width: size, height: size }, loss: { width: available, height: STACKED_LOSS_HEIGHT } };
}

/** A plot's data area in SVG pixels. */
export interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The data area of an SVG of the given size. */
export function frameOf(size: { width: number; height: number }): Frame {
  return { left: MARGIN.left, top: MARGIN.top, right: size.width - MARGIN.right, bottom: size.height - MARGIN.bottom };
}

/** Maps surface points to pixels and back. */
export interface Projection {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** The pixel of a point: (x, y) for 2-D surfaces, (θ, f(θ)) for 1-D ones. */
  project: (point: readonly number[]) => [number, number];
  /** The surface point under a pixel: (x, y), or θ for 1-D surfaces (which then sits on the curve). */
  invert: (pixelX: number, pixelY: number) => number[];
}

/** Every row of a run in pixels: (x, y) for 2-D surfaces, (θ, f(θ)) for 1-D ones, read straight from the columns. */
export function projectRun(projection: Projection, run: RunColumns): [number, number][] {
  const points: [number, number][] = [];
  for (let t = 0; t < run.length; t += 1) {
    const y = run.dimension === 2 ? projection.y(run.theta[2 * t + 1]!) : projection.y(run.loss[t]!);
    points.push([clampPixel(projection.x(run.theta[t * run.dimension]!)), clampPixel(y)]);
  }
  return points;
}

/** Pixels never leave this band around the frame, so a diverging path gives no astronomically long SVG coordinates. */
const CLAMP_PX = 2000;
const clampPixel = (value: number) => Math.min(CLAMP_PX, Math.max(-CLAMP_PX, value));

/** The projection of `surface` into `frame`; `valueRange` is the f-axis range of a 1-D plot. */
export function projectionOf(surface: Surface, frame: Frame, valueRange: readonly [number, number]): Projection {
  const x = scaleLinear().domain(surface.domain[0]!).range([frame.left, frame.right]);
  if (surface.dimension === 2) {
    const y = scaleLinear().domain(surface.domain[1]!).range([frame.bottom, frame.top]);
    return {
      x,
      y,
      project: (point) => [clampPixel(x(point[0]!)), clampPixel(y(point[1]!))],
      invert: (pixelX, pixelY) => [x.invert(pixelX), y.invert(pixelY)],
    };
  }
  const y = scaleLinear().domain(valueRange).range([frame.bottom, frame.top]);
  return {
    x,
    y,
    project: (point) => [clampPixel(x(point[0]!)), clampPixel(y(surface.value(point)))],
    invert: (pixelX) => [x.invert(pixelX)],
  };
}

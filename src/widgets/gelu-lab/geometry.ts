/**
 * Scales, ticks and SVG paths for the lab's panels (d3-scale, d3-shape). Pure: the components only place what this
 * computes. One SVG unit is one CSS pixel, because each SVG's viewBox is set to its measured width.
 */
import { type ScaleLinear, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** Space around a panel's plotting area, in pixels: room for the tick labels on the left and bottom. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The two scales of a panel and where its plotting area lies. */
export interface PanelGeometry {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  width: number;
  height: number;
  margins: Margins;
}

/**
 * Main plot height: 62% of its width, between 200 px (phones) and 340 px (a desktop column). Wider columns wrap less
 * text elsewhere in the widget, so the taller plot uses height that the fixed reserve holds for phones anyway.
 */
export function mainPlotHeight(width: number): number {
  return Math.round(Math.min(340, Math.max(200, 0.62 * width)));
}

/** Height of each error strip: 12% of the width, between 56 px (phones) and 88 px, for the same reason. */
export function errorRowHeight(width: number): number {
  return Math.round(Math.min(88, Math.max(56, 0.12 * width)));
}

/** Aim for one x tick per this many pixels, so labels do not collide at 320 px or sprawl at 900 px. */
const PIXELS_PER_X_TICK = 70;

/** Builds a panel's scales: x over [xmin, xmax], y over `yDomain` (rounded out to nice numbers). */
export function panelGeometry(
  width: number,
  height: number,
  margins: Margins,
  xDomain: [number, number],
  yDomain: [number, number],
): PanelGeometry {
  const x = scaleLinear().domain(xDomain).range([margins.left, width - margins.right]);
  const y = scaleLinear().domain(yDomain).range([height - margins.bottom, margins.top]).nice();
  return { x, y, width, height, margins };
}

/** The edges of a panel's plotting area (inside its margins), in pixels. */
export interface PlotArea {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where a panel's plotting area lies: its size less its margins. */
export function plotArea({ width, height, margins }: PanelGeometry): PlotArea {
  return { top: margins.top, bottom: height - margins.bottom, left: margins.left, right: width - margins.right };
}

/** The x ticks for a panel of this width. */
export function xTickCount(width: number): number {
  return Math.max(3, Math.round(width / PIXELS_PER_X_TICK));
}

/**
 * The y range to draw for values spanning [low, high]: always including 0 (so the eye can compare heights honestly)
 * and padded a little so that no curve runs along the frame. A flat range is widened to ±1 around its value.
 */
export function paddedRange(range: [number, number] | undefined): [number, number] {
  if (!range) return [-1, 1];
  const low = Math.min(0, range[0]);
  const high = Math.max(0, range[1]);
  if (high - low === 0) return [low - 1, high + 1];
  const pad = 0.04 * (high - low);
  return [low - (range[0] < 0 ? pad : 0), high + pad];
}

/** An SVG path through the points (xs[i], ys[i]), with coordinates rounded to 2 decimals (sub-pixel is enough). */
export function linePath(geometry: PanelGeometry, xs: readonly number[], ys: readonly number[]): string {
  const path = line<number>()
    .x((index) => geometry.x(xs[index]!))
    .y((index) => geometry.y(ys[index]!))
    .digits(2);
  return path(xs.map((_, index) => index)) ?? '';
}

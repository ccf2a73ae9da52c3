/**
 * GeLU's key points, computed once (Newton's method in src/math) and shared by the plot's markers and the text.
 */
import { type CurvePoint, geluMinimum, geluSteepestSlope } from '../../math/extrema.ts';
import { formatFixed } from '../../ui/formatNumber.ts';
import type { CurveId } from './props.ts';

/** A marked point and the curve it lies on. */
export interface KeyPoint {
  kind: 'minimum' | 'steepest';
  curve: CurveId;
  point: CurvePoint;
}

/** GeLU's minimum (on the GeLU curve) and its steepest slope (a point on the GeLU′ curve). */
export const KEY_POINTS: readonly KeyPoint[] = [
  { kind: 'minimum', curve: 'gelu', point: geluMinimum() },
  { kind: 'steepest', curve: 'derivative', point: geluSteepestSlope() },
];

/** A key point's coordinate as the plot labels it: 4 decimals, ASCII minus. */
export function keyPointCoordinate(value: number): string {
  return formatFixed(value, 4);
}

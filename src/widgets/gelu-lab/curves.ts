/**
 * What each curve of the lab computes, all from src/math: the plot, the readouts, the text and the tests share these.
 */
import { erf, normalCdf } from '../../math/normal.ts';
import { gelu, geluDerivative, geluSigmoidApproximation, geluTanhApproximation, relu } from '../../math/gelu.ts';
import type { CurveId } from './props.ts';

/** How a curve is evaluated and drawn. */
export interface CurveSpec {
  id: CurveId;
  evaluate: (x: number) => number;
  /** Index of the theme's plot colour, --plot-1 … --plot-7. */
  colour: number;
  /** SVG stroke-dasharray, so the curves differ by more than colour; undefined for a solid line. */
  dash: string | undefined;
}

/** The curves in legend order. */
export const CURVES: readonly CurveSpec[] = [
  { id: 'gelu', evaluate: gelu, colour: 1, dash: undefined },
  { id: 'tanh', evaluate: geluTanhApproximation, colour: 2, dash: '7 4' },
  { id: 'sigmoid', evaluate: geluSigmoidApproximation, colour: 3, dash: '2 3' },
  { id: 'relu', evaluate: relu, colour: 7, dash: '10 3 2 3' },
  { id: 'erf', evaluate: erf, colour: 5, dash: undefined },
  { id: 'cdf', evaluate: normalCdf, colour: 6, dash: '5 2' },
  { id: 'derivative', evaluate: geluDerivative, colour: 4, dash: undefined },
];

/** The approximations whose error against exact GeLU the error panel shows. */
export const APPROXIMATION_IDS = ['tanh', 'sigmoid'] as const satisfies readonly CurveId[];
/** One of the approximations. */
export type ApproximationId = (typeof APPROXIMATION_IDS)[number];

/** The spec of a curve by id. */
export function curveSpec(id: CurveId): CurveSpec {
  const spec = CURVES.find((curve) => curve.id === id);
  if (!spec) throw new RangeError(`unknown curve ${id}`);
  return spec;
}

/** approximation(x) − GeLU(x): positive where the approximation overshoots. */
export function approximationError(id: ApproximationId, x: number): number {
  return curveSpec(id).evaluate(x) - gelu(x);
}

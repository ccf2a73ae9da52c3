/**
 * Numerical integration: composite five-point Gauss–Legendre, and expectations under the standard normal
 * distribution built on it (used for the mean and variance of GeLU and ReLU outputs when the input is N(0, 1)).
 */
import { normalDensity } from './normal.ts';

/** Nodes and weights of five-point Gauss–Legendre on [−1, 1] (exact for polynomials up to degree 9). */
const GAUSS_LEGENDRE_5: readonly (readonly [node: number, weight: number])[] = [
  [0, 128 / 225],
  [Math.sqrt(5 - 2 * Math.sqrt(10 / 7)) / 3, (322 + 13 * Math.sqrt(70)) / 900],
  [-Math.sqrt(5 - 2 * Math.sqrt(10 / 7)) / 3, (322 + 13 * Math.sqrt(70)) / 900],
  [Math.sqrt(5 + 2 * Math.sqrt(10 / 7)) / 3, (322 - 13 * Math.sqrt(70)) / 900],
  [-Math.sqrt(5 + 2 * Math.sqrt(10 / 7)) / 3, (322 - 13 * Math.sqrt(70)) / 900],
];

/**
 * ∫ₐᵇ f(x) dx by five-point Gauss–Legendre on `panels` equal panels (default 200). For an integrand that is smooth on
 * [a, b] the error falls like (panel width)¹⁰, so a few hundred panels reach rounding level.
 */
export function integrate(f: (x: number) => number, start: number, end: number, panels = 200): number {
  const width = (end - start) / panels;
  let total = 0;
  for (let panel = 0; panel < panels; panel += 1) {
    const middle = start + (panel + 0.5) * width;
    let panelSum = 0;
    for (const [node, weight] of GAUSS_LEGENDRE_5) panelSum += weight * f(middle + 0.5 * width * node);
    total += 0.5 * width * panelSum;
  }
  return total;
}

/** Beyond ±12 the normal density is below 10⁻³¹: nothing an integrand of polynomial growth adds there is visible. */
const NORMAL_TAIL_CUTOFF = 12;

/**
 * E[f(X)] for X ~ N(0, 1), integrating f·φ over [−12, 0] and [0, 12] separately so that a kink at 0 (as in ReLU)
 * sits on a panel edge and does not spoil the convergence.
 */
export function normalExpectation(f: (x: number) => number): number {
  const weighted = (x: number) => f(x) * normalDensity(x);
  return integrate(weighted, -NORMAL_TAIL_CUTOFF, 0) + integrate(weighted, 0, NORMAL_TAIL_CUTOFF);
}

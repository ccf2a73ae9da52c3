/**
 * GeLU, its two popular approximations, its derivatives and ReLU for comparison: GeLU(x) = x·Φ(x) (Hendrycks &
 * Gimpel, arXiv:1606.08415), the tanh form of GPT-2's code and x·σ(1.702x). The same formulas at 30 digits are in
 * src/math/reference/reference.py, which the tests check these against. Every function is defined for all finite x and
 * never returns NaN there.
 */
import { sigmoid } from './geluTanh.ts';
import { normalCdf, normalDensity } from './normal.ts';

// The tanh form and the sigmoid live in geluTanh.ts, which needs no erf: the GPT lab's worker uses them without
// carrying @stdlib's erf (CommonJS, about 10 KB gzipped, which no bundler can trim).
export { geluTanhApproximation, sigmoid, TANH_CUBIC_COEFFICIENT } from './geluTanh.ts';

/** The scale inside the sigmoid approximation x·σ(1.702x). */
export const SIGMOID_SCALE = 1.702;

/** Exact GeLU(x) = x·Φ(x). */
export function gelu(x: number): number {
  return x * normalCdf(x);
}

/** GeLU′(x) = Φ(x) + x·φ(x). Lies between about −0.1289 and 1.1289. */
export function geluDerivative(x: number): number {
  return normalCdf(x) + x * normalDensity(x);
}

/** GeLU″(x) = φ(x)·(2 − x²): zero at ±√2, where the slope is steepest and shallowest. */
export function geluSecondDerivative(x: number): number {
  return normalDensity(x) * (2 - x * x);
}

/** GeLU‴(x) = φ(x)·(x³ − 4x), the derivative of GeLU″ (used by Newton's method to locate GeLU″ = 0). */
export function geluThirdDerivative(x: number): number {
  return normalDensity(x) * x * (x * x - 4);
}

/** The sigmoid approximation x·σ(1.702x). */
export function geluSigmoidApproximation(x: number): number {
  return x * sigmoid(SIGMOID_SCALE * x);
}

/** ReLU(x) = max(0, x), the baseline GeLU is compared with. */
export function relu(x: number): number {
  return x > 0 ? x : 0;
}

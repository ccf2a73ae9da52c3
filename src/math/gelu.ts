/**
 * GeLU, its two popular approximations, its derivatives and ReLU for comparison: GeLU(x) = x·Φ(x) (Hendrycks &
 * Gimpel, arXiv:1606.08415), the tanh form of GPT-2's code and x·σ(1.702x). The same formulas at 30 digits are in
 * src/math/reference/reference.py, which the tests check these against. Every function is defined for all finite x and
 * never returns NaN there.
 */
import { normalCdf, normalDensity } from './normal.ts';

/** √(2/π), the slope of the tanh approximation's inner argument at 0. */
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
/** The cubic coefficient of the tanh approximation (Hendrycks & Gimpel; GPT-2's `gelu`). */
export const TANH_CUBIC_COEFFICIENT = 0.044715;
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

/** The logistic sigmoid σ(z) = 1/(1 + e^(−z)); 0 and 1 in the far tails, never NaN. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * The tanh approximation ½x[1 + tanh(√(2/π)(x + 0.044715x³))]. Computed as x·σ(2u), which is the same
 * function (1 + tanh u = 2σ(2u)) without the cancellation of 1 + tanh u for negative x.
 */
export function geluTanhApproximation(x: number): number {
  const inner = SQRT_2_OVER_PI * (x + TANH_CUBIC_COEFFICIENT * x * x * x);
  return x * sigmoid(2 * inner);
}

/** The sigmoid approximation x·σ(1.702x). */
export function geluSigmoidApproximation(x: number): number {
  return x * sigmoid(SIGMOID_SCALE * x);
}

/** ReLU(x) = max(0, x), the baseline GeLU is compared with. */
export function relu(x: number): number {
  return x > 0 ? x : 0;
}

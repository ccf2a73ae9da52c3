/**
 * GeLU's tanh approximation and the logistic sigmoid, on their own so that code needing only them (the GPT engine)
 * does not import the exact GeLU's erf. src/math/gelu.ts re-exports both: this is their one implementation.
 */

/** √(2/π), the slope of the tanh approximation's inner argument at 0. */
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
/** The cubic coefficient of the tanh approximation (Hendrycks & Gimpel; GPT-2's `gelu`). */
export const TANH_CUBIC_COEFFICIENT = 0.044715;

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


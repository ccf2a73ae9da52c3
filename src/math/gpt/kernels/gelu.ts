/**
 * GeLU in its tanh form, ½x[1 + tanh(√(2/π)(x + 0.044715x³))], as GPT-2 used it, applied element-wise, and its
 * derivative. The value is src/math/geluTanh.ts's geluTanhApproximation (one implementation of the formula); only the
 * derivative, which the notebook needs nowhere else, is written here.
 */
import { geluTanhApproximation, sigmoid, TANH_CUBIC_COEFFICIENT } from '../../geluTanh.ts';
import type { FloatArray } from '../parameterLayout.ts';

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

/** out[i] = GeLU_tanh(inp[i]) for the first `count` elements. */
export function geluForward(out: FloatArray, inp: FloatArray, count: number): void {
  for (let i = 0; i < count; i += 1) out[i] = geluTanhApproximation(inp[i]!);
}

/**
 * d/dx GeLU_tanh(x). With u = √(2/π)(x + 0.044715x³) the function is x·σ(2u), so its slope is
 * σ(2u) + x·2σ(2u)(1 − σ(2u))·u′, with u′ = √(2/π)(1 + 3·0.044715x²).
 */
export function geluTanhDerivative(x: number): number {
  const inner = SQRT_2_OVER_PI * (x + TANH_CUBIC_COEFFICIENT * x * x * x);
  const innerSlope = SQRT_2_OVER_PI * (1 + 3 * TANH_CUBIC_COEFFICIENT * x * x);
  const s = sigmoid(2 * inner);
  return s + x * 2 * s * (1 - s) * innerSlope;
}

/** dinp[i]! += GeLU_tanh′(inp[i])·dout[i]. */
export function geluBackward(dinp: FloatArray, inp: FloatArray, dout: FloatArray, count: number): void {
  for (let i = 0; i < count; i += 1) dinp[i]! += geluTanhDerivative(inp[i]!) * dout[i]!;
}

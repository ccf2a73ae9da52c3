/**
 * Layer normalisation over the last dimension: each row is shifted to mean 0, scaled to variance 1 (ε = 1e-5, as
 * GPT-2), then multiplied by a learned gain and shifted by a learned bias. The forward pass keeps each row's mean and
 * 1/σ for the backward pass.
 */
import type { FloatArray } from '../parameterLayout.ts';

/** ε added to the variance, as in GPT-2 and PyTorch's default. */
export const LAYER_NORM_EPSILON = 1e-5;

/** out[r] = (inp[r] − μ_r)/σ_r · gain + bias; writes μ_r to mean[r] and 1/σ_r to rstd[r]. */
export function layerNormForward(
  out: FloatArray,
  mean: FloatArray,
  rstd: FloatArray,
  inp: FloatArray,
  gain: FloatArray,
  bias: FloatArray,
  rows: number,
  width: number,
): void {
  for (let r = 0; r < rows; r += 1) {
    const start = r * width;
    let sum = 0;
    for (let i = 0; i < width; i += 1) sum += inp[start + i]!;
    const mu = sum / width;
    let squares = 0;
    for (let i = 0; i < width; i += 1) {
      const shifted = inp[start + i]! - mu;
      squares += shifted * shifted;
    }
    const s = 1 / Math.sqrt(squares / width + LAYER_NORM_EPSILON);
    for (let i = 0; i < width; i += 1) out[start + i] = (inp[start + i]! - mu) * s * gain[i]! + bias[i]!;
    mean[r] = mu;
    rstd[r] = s;
  }
}

/** Adds the gradients of layerNormForward to dinp, dgain and dbias, from dout = ∂L/∂out. */
export function layerNormBackward(
  dinp: FloatArray,
  dgain: FloatArray,
  dbias: FloatArray,
  dout: FloatArray,
  inp: FloatArray,
  gain: FloatArray,
  mean: FloatArray,
  rstd: FloatArray,
  rows: number,
  width: number,
): void {
  for (let r = 0; r < rows; r += 1) {
    const start = r * width;
    const mu = mean[r]!;
    const s = rstd[r]!;
    // Two means over the row: of g·dout and of g·dout·x̂ (x̂ the normalised input).
    let meanGrad = 0;
    let meanGradNorm = 0;
    for (let i = 0; i < width; i += 1) {
      const normalised = (inp[start + i]! - mu) * s;
      const grad = gain[i]! * dout[start + i]!;
      meanGrad += grad;
      meanGradNorm += grad * normalised;
    }
    meanGrad /= width;
    meanGradNorm /= width;
    for (let i = 0; i < width; i += 1) {
      const normalised = (inp[start + i]! - mu) * s;
      const upstream = dout[start + i]!;
      dbias[i]! += upstream;
      dgain[i]! += normalised * upstream;
      dinp[start + i]! += (gain[i]! * upstream - meanGrad - normalised * meanGradNorm) * s;
    }
  }
}

/**
 * The linear layer, out = inp · Wᵀ + b, and its backward pass: the engine's matrix multiply (about 60% of a training
 * step). Rows are row-major: inp is [rows, inputs], W is [outputs, inputs] (llm.c's layout), out is [rows, outputs].
 * The loops work on 4 rows × 4 outputs at a time, so that each value loaded from memory feeds four multiply-adds:
 * on one core of a 2-core laptop that ran about three times as fast as the plain triple loop (training-labs.md).
 */
import type { FloatArray } from '../parameterLayout.ts';

/** out[r, o] = bias[o] + Σ_i inp[r, i]·weight[o, i]. `bias` may be undefined (the tied output layer has none). */
export function linearForward(
  out: FloatArray,
  inp: FloatArray,
  weight: FloatArray,
  bias: FloatArray | undefined,
  rows: number,
  inputs: number,
  outputs: number,
): void {
  const rowBlocks = rows - (rows % 4);
  const outBlocks = outputs - (outputs % 4);
  for (let r = 0; r < rowBlocks; r += 4) {
    const x0 = r * inputs;
    const x1 = x0 + inputs;
    const x2 = x1 + inputs;
    const x3 = x2 + inputs;
    for (let o = 0; o < outBlocks; o += 4) {
      const w0 = o * inputs;
      const w1 = w0 + inputs;
      const w2 = w1 + inputs;
      const w3 = w2 + inputs;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0;
      let s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0;
      let s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let i = 0; i < inputs; i += 1) {
        const a0 = inp[x0 + i]!, a1 = inp[x1 + i]!, a2 = inp[x2 + i]!, a3 = inp[x3 + i]!;
        const b0 = weight[w0 + i]!, b1 = weight[w1 + i]!, b2 = weight[w2 + i]!, b3 = weight[w3 + i]!;
        s00 += a0 * b0; s01 += a0 * b1; s02 += a0 * b2; s03 += a0 * b3;
        s10 += a1 * b0; s11 += a1 * b1; s12 += a1 * b2; s13 += a1 * b3;
        s20 += a2 * b0; s21 += a2 * b1; s22 += a2 * b2; s23 += a2 * b3;
        s30 += a3 * b0; s31 += a3 * b1; s32 += a3 * b2; s33 += a3 * b3;
      }
      const c0 = bias ? bias[o]! : 0, c1 = bias ? bias[o + 1]! : 0, c2 = bias ? bias[o + 2]! : 0, c3 = bias ? bias[o + 3]! : 0;
      let at = r * outputs + o;
      out[at] = s00 + c0; out[at + 1] = s01 + c1; out[at + 2] = s02 + c2; out[at + 3] = s03 + c3;
      at += outputs;
      out[at] = s10 + c0; out[at + 1] = s11 + c1; out[at + 2] = s12 + c2; out[at + 3] = s13 + c3;
      at += outputs;
      out[at] = s20 + c0; out[at + 1] = s21 + c1; out[at + 2] = s22 + c2; out[at + 3] = s23 + c3;
      at += outputs;
      out[at] = s30 + c0; out[at + 1] = s31 + c1; out[at + 2] = s32 + c2; out[at + 3] = s33 + c3;
    }
    for (let o = outBlocks; o < outputs; o += 1) {
      for (let rr = r; rr < r + 4; rr += 1) out[rr * outputs + o] = dot(inp, rr * inputs, weight, o * inputs, inputs) + (bias ? bias[o]! : 0);
    }
  }
  for (let r = rowBlocks; r < rows; r += 1) {
    for (let o = 0; o < outputs; o += 1) out[r * outputs + o] = dot(inp, r * inputs, weight, o * inputs, inputs) + (bias ? bias[o]! : 0);
  }
}

/**
 * The backward pass of linearForward: adds ∂L/∂inp to `dinp`, ∂L/∂W to `dweight` and ∂L/∂b to `dbias` (when given),
 * from `dout` = ∂L/∂out. Gradients accumulate (+=): a tensor used twice, like the tied embedding, collects both. Both
 * products are blocked like the forward pass, 4×4 sums kept in registers over the shared dimension; adding rows of
 * W into dinp one at a time instead ran this function at a third of the forward pass's speed.
 */
export function linearBackward(
  dinp: FloatArray | undefined,
  dweight: FloatArray,
  dbias: FloatArray | undefined,
  dout: FloatArray,
  inp: FloatArray,
  weight: FloatArray,
  rows: number,
  inputs: number,
  outputs: number,
): void {
  const rowBlocks = rows - (rows % 4);
  const inBlocks = inputs - (inputs % 4);
  const outBlocks = outputs - (outputs % 4);
  if (dinp) {
    // dinp[r, i] += Σ_o dout[r, o]·W[o, i]
    for (let r = 0; r < rowBlocks; r += 4) {
      const g0 = r * outputs, g1 = g0 + outputs, g2 = g1 + outputs, g3 = g2 + outputs;
      for (let i = 0; i < inBlocks; i += 4) {
        let s00 = 0, s01 = 0, s02 = 0, s03 = 0;
        let s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        let s20 = 0, s21 = 0, s22 = 0, s23 = 0;
        let s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        for (let o = 0; o < outputs; o += 1) {
          const a0 = dout[g0 + o]!, a1 = dout[g1 + o]!, a2 = dout[g2 + o]!, a3 = dout[g3 + o]!;
          const w = o * inputs + i;
          const b0 = weight[w]!, b1 = weight[w + 1]!, b2 = weight[w + 2]!, b3 = weight[w + 3]!;
          s00 += a0 * b0; s01 += a0 * b1; s02 += a0 * b2; s03 += a0 * b3;
          s10 += a1 * b0; s11 += a1 * b1; s12 += a1 * b2; s13 += a1 * b3;
          s20 += a2 * b0; s21 += a2 * b1; s22 += a2 * b2; s23 += a2 * b3;
          s30 += a3 * b0; s31 += a3 * b1; s32 += a3 * b2; s33 += a3 * b3;
        }
        let at = r * inputs + i;
        dinp[at]! += s00; dinp[at + 1]! += s01; dinp[at + 2]! += s02; dinp[at + 3]! += s03;
        at += inputs;
        dinp[at]! += s10; dinp[at + 1]! += s11; dinp[at + 2]! += s12; dinp[at + 3]! += s13;
        at += inputs;
        dinp[at]! += s20; dinp[at + 1]! += s21; dinp[at + 2]! += s22; dinp[at + 3]! += s23;
        at += inputs;
        dinp[at]! += s30; dinp[at + 1]! += s31; dinp[at + 2]! += s32; dinp[at + 3]! += s33;
      }
      for (let i = inBlocks; i < inputs; i += 1) {
        for (let rr = r; rr < r + 4; rr += 1) dinp[rr * inputs + i]! += columnDot(dout, rr * outputs, 1, weight, i, inputs, outputs);
      }
    }
    for (let r = rowBlocks; r < rows; r += 1) {
      for (let i = 0; i < inputs; i += 1) dinp[r * inputs + i]! += columnDot(dout, r * outputs, 1, weight, i, inputs, outputs);
    }
  }
  // dW[o, i] += Σ_r dout[r, o]·inp[r, i]
  for (let o = 0; o < outBlocks; o += 4) {
    for (let i = 0; i < inBlocks; i += 4) {
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0;
      let s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0;
      let s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let r = 0; r < rows; r += 1) {
        const g = r * outputs + o;
        const a0 = dout[g]!, a1 = dout[g + 1]!, a2 = dout[g + 2]!, a3 = dout[g + 3]!;
        const x = r * inputs + i;
        const b0 = inp[x]!, b1 = inp[x + 1]!, b2 = inp[x + 2]!, b3 = inp[x + 3]!;
        s00 += a0 * b0; s01 += a0 * b1; s02 += a0 * b2; s03 += a0 * b3;
        s10 += a1 * b0; s11 += a1 * b1; s12 += a1 * b2; s13 += a1 * b3;
        s20 += a2 * b0; s21 += a2 * b1; s22 += a2 * b2; s23 += a2 * b3;
        s30 += a3 * b0; s31 += a3 * b1; s32 += a3 * b2; s33 += a3 * b3;
      }
      let at = o * inputs + i;
      dweight[at]! += s00; dweight[at + 1]! += s01; dweight[at + 2]! += s02; dweight[at + 3]! += s03;
      at += inputs;
      dweight[at]! += s10; dweight[at + 1]! += s11; dweight[at + 2]! += s12; dweight[at + 3]! += s13;
      at += inputs;
      dweight[at]! += s20; dweight[at + 1]! += s21; dweight[at + 2]! += s22; dweight[at + 3]! += s23;
      at += inputs;
      dweight[at]! += s30; dweight[at + 1]! += s31; dweight[at + 2]! += s32; dweight[at + 3]! += s33;
    }
    for (let i = inBlocks; i < inputs; i += 1) {
      for (let oo = o; oo < o + 4; oo += 1) dweight[oo * inputs + i]! += columnDot(dout, oo, outputs, inp, i, inputs, rows);
    }
  }
  for (let o = outBlocks; o < outputs; o += 1) {
    for (let i = 0; i < inputs; i += 1) dweight[o * inputs + i]! += columnDot(dout, o, outputs, inp, i, inputs, rows);
  }
  if (dbias) {
    for (let r = 0; r < rows; r += 1) {
      const g = r * outputs;
      for (let o = 0; o < outputs; o += 1) dbias[o]! += dout[g + o]!;
    }
  }
}

/** Σ_k a[aStart + k·aStride]·b[bStart + k·bStride] for k < length. */
function columnDot(a: FloatArray, aStart: number, aStride: number, b: FloatArray, bStart: number, bStride: number, length: number): number {
  let sum = 0;
  for (let k = 0; k < length; k += 1) sum += a[aStart + k * aStride]! * b[bStart + k * bStride]!;
  return sum;
}

function dot(a: FloatArray, aStart: number, b: FloatArray, bStart: number, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i += 1) sum += a[aStart + i]! * b[bStart + i]!;
  return sum;
}

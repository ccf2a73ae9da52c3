/**
 * Causal multi-head self-attention, after the projection into queries, keys and values. For each sequence b, position
 * t and head h: scores q_t·k_s/√d_head for s ≤ t (later positions are masked out), a softmax over them (the largest
 * score subtracted first, for stability), and the weighted sum of the values. Layouts:
 *   qkv [batch, time, 3·width]: the query, key and value of each position side by side, head h in slice h·d_head;
 *   out [batch, time, width]; weights [batch, heads, time, time] (row t holds the softmax over s ≤ t, zeros after).
 */
import type { FloatArray } from '../parameterLayout.ts';

/** The shape of one attention call. */
export interface AttentionShape {
  batch: number;
  time: number;
  width: number;
  heads: number;
}

/** Fills `out` and the attention `weights` from `qkv`. */
export function attentionForward(out: FloatArray, weights: FloatArray, qkv: FloatArray, shape: AttentionShape): void {
  const { batch, time, width, heads } = shape;
  const size = width / heads;
  const scale = 1 / Math.sqrt(size);
  const stride = 3 * width;
  for (let b = 0; b < batch; b += 1) {
    for (let t = 0; t < time; t += 1) {
      const query = (b * time + t) * stride;
      for (let h = 0; h < heads; h += 1) {
        const q = query + h * size;
        const row = ((b * heads + h) * time + t) * time;
        let max = Number.NEGATIVE_INFINITY;
        for (let s = 0; s <= t; s += 1) {
          const k = (b * time + s) * stride + width + h * size;
          let score = 0;
          for (let i = 0; i < size; i += 1) score += qkv[q + i]! * qkv[k + i]!;
          score *= scale;
          weights[row + s] = score;
          if (score > max) max = score;
        }
        let sum = 0;
        for (let s = 0; s <= t; s += 1) {
          const e = Math.exp(weights[row + s]! - max);
          weights[row + s] = e;
          sum += e;
        }
        const inverse = 1 / sum;
        for (let s = 0; s <= t; s += 1) weights[row + s]! *= inverse;
        for (let s = t + 1; s < time; s += 1) weights[row + s] = 0;
        const o = (b * time + t) * width + h * size;
        for (let i = 0; i < size; i += 1) out[o + i] = 0;
        for (let s = 0; s <= t; s += 1) {
          const v = (b * time + s) * stride + 2 * width + h * size;
          const a = weights[row + s]!;
          for (let i = 0; i < size; i += 1) out[o + i]! += a * qkv[v + i]!;
        }
      }
    }
  }
}

/**
 * Adds ∂L/∂qkv to `dqkv` from `dout` = ∂L/∂out. `scratch` holds at least `time` numbers. The softmax's backward pass
 * uses ∂L/∂score_s = a_s(∂L/∂a_s − Σ_j a_j ∂L/∂a_j), which is linear in t rather than quadratic.
 */
export function attentionBackward(
  dqkv: FloatArray,
  dout: FloatArray,
  qkv: FloatArray,
  weights: FloatArray,
  shape: AttentionShape,
  scratch: FloatArray,
): void {
  const { batch, time, width, heads } = shape;
  const size = width / heads;
  const scale = 1 / Math.sqrt(size);
  const stride = 3 * width;
  for (let b = 0; b < batch; b += 1) {
    for (let t = 0; t < time; t += 1) {
      for (let h = 0; h < heads; h += 1) {
        const row = ((b * heads + h) * time + t) * time;
        const o = (b * time + t) * width + h * size;
        // ∂L/∂a_s = dout·v_s, and the values' gradient a_s·dout.
        let weighted = 0;
        for (let s = 0; s <= t; s += 1) {
          const v = (b * time + s) * stride + 2 * width + h * size;
          const a = weights[row + s]!;
          let grad = 0;
          for (let i = 0; i < size; i += 1) {
            grad += qkv[v + i]! * dout[o + i]!;
            dqkv[v + i]! += a * dout[o + i]!;
          }
          scratch[s] = grad;
          weighted += a * grad;
        }
        const q = (b * time + t) * stride + h * size;
        for (let s = 0; s <= t; s += 1) {
          const dscore = weights[row + s]! * (scratch[s]! - weighted) * scale;
          const k = (b * time + s) * stride + width + h * size;
          for (let i = 0; i < size; i += 1) {
            dqkv[q + i]! += dscore * qkv[k + i]!;
            dqkv[k + i]! += dscore * qkv[q + i]!;
          }
        }
      }
    }
  }
}

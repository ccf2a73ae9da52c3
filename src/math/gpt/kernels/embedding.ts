/**
 * The input of the model: each position's vector is its token's embedding plus its position's embedding (GPT-2's
 * learned positions). out is [batch·time, width].
 */
import type { FloatArray } from '../parameterLayout.ts';

/** out[b, t] = tokenEmbedding[tokens[b, t]] + positionEmbedding[t]. */
export function embeddingForward(
  out: FloatArray,
  tokens: Int32Array,
  tokenEmbedding: FloatArray,
  positionEmbedding: FloatArray,
  batch: number,
  time: number,
  width: number,
): void {
  for (let b = 0; b < batch; b += 1) {
    for (let t = 0; t < time; t += 1) {
      const o = (b * time + t) * width;
      const token = tokens[b * time + t]! * width;
      const position = t * width;
      for (let i = 0; i < width; i += 1) out[o + i] = tokenEmbedding[token + i]! + positionEmbedding[position + i]!;
    }
  }
}

/** Adds dout to the rows of the embeddings that were read. */
export function embeddingBackward(
  dtokenEmbedding: FloatArray,
  dpositionEmbedding: FloatArray,
  dout: FloatArray,
  tokens: Int32Array,
  batch: number,
  time: number,
  width: number,
): void {
  for (let b = 0; b < batch; b += 1) {
    for (let t = 0; t < time; t += 1) {
      const o = (b * time + t) * width;
      const token = tokens[b * time + t]! * width;
      const position = t * width;
      for (let i = 0; i < width; i += 1) {
        const grad = dout[o + i]!;
        dtokenEmbedding[token + i]! += grad;
        dpositionEmbedding[position + i]! += grad;
      }
    }
  }
}

/**
 * Scaled dot-product self-attention as in GPT, one head at a time, with every intermediate kept so that a lab can
 * show it and a test can check it (src/math/reference/README.md):
 *
 *   Q = X W_Q,  K = X W_K,  V = X W_V,  A = softmax(Q Kᵀ / √d_k + M),  output = A V
 *
 * where M is the causal mask (0 where j ≤ i, −∞ where j > i). Rows of X are positions, columns are features. The
 * softmax is the notebook's own (src/math/softmax.ts): it subtracts each row's largest score first, as GPT-2's code
 * does, and −∞ entries come out as exactly 0.
 */
import { entropy, softmax } from '../softmax.ts';
import { add, assertRectangular, concatenateColumns, type Matrix, multiply, scale, shapeOf, transpose } from './matrix.ts';

/** One head's projection matrices, each d_model × d_k (the value width may differ from d_k). */
export interface HeadWeights {
  query: Matrix;
  key: Matrix;
  value: Matrix;
}

/** Which parts of the computation are switched on; both default to true, as in GPT. */
export interface AttentionOptions {
  /** Add the causal mask, so position i sees only positions j ≤ i. */
  causal?: boolean;
  /** Divide the scores by √d_k. */
  scaled?: boolean;
}

/** Every intermediate of one head on n positions. Matrices are n × d_k or n × n. */
export interface HeadResult {
  queries: number[][];
  keys: number[][];
  values: number[][];
  /** Q Kᵀ: entry (i, j) is the dot product of query i with key j. */
  scores: number[][];
  /** The factor the scores were multiplied by: 1/√d_k, or 1 without scaling. */
  scaleFactor: number;
  /** Q Kᵀ times scaleFactor. */
  scaledScores: number[][];
  /** 0 where looking is allowed, −∞ where it is not (all 0 without the causal mask). */
  mask: number[][];
  /** scaledScores + mask: what the softmax sees. */
  maskedScores: number[][];
  /** The attention weights: each row a probability distribution, masked entries exactly 0. */
  weights: number[][];
  /** weights · V: each position's output, a weighted average of the value rows. */
  output: number[][];
  /** Entropy of each row of the weights, in nats: 0 when one position takes all the weight, ln(count) when spread evenly. */
  entropy: number[];
}

/** The n × n causal mask: 0 on and below the diagonal, −∞ above it. */
export function causalMask(size: number): number[][] {
  return Array.from({ length: size }, (_unused, row) =>
    Array.from({ length: size }, (_column, column) => (column <= row ? 0 : Number.NEGATIVE_INFINITY)),
  );
}

/** softmax of every row (max-subtracted; −∞ entries give exactly 0). A row must hold at least one finite entry. */
export function rowSoftmax(matrix: Matrix): number[][] {
  return matrix.map((row) => softmax(row));
}

/**
 * One attention head on the rows of `inputs` (n × d_model). Throws when the shapes do not fit: every projection must
 * have d_model rows, and the query and key widths must agree.
 */
export function attentionHead(inputs: Matrix, head: HeadWeights, options: AttentionOptions = {}): HeadResult {
  const { causal = true, scaled = true } = options;
  assertRectangular(inputs, 'X');
  for (const [name, matrix] of [['W_Q', head.query], ['W_K', head.key], ['W_V', head.value]] as const) {
    assertRectangular(matrix, name);
  }
  const [positions] = shapeOf(inputs);
  const keyWidth = shapeOf(head.key)[1];
  if (shapeOf(head.query)[1] !== keyWidth) {
    throw new RangeError(`W_Q has ${shapeOf(head.query)[1]} columns and W_K ${keyWidth}: queries and keys must be as wide`);
  }
  const queries = multiply(inputs, head.query);
  const keys = multiply(inputs, head.key);
  const values = multiply(inputs, head.value);
  const scores = multiply(queries, transpose(keys));
  const scaleFactor = scaled ? 1 / Math.sqrt(keyWidth) : 1;
  const scaledScores = scale(scores, scaleFactor);
  const mask = causal ? causalMask(positions) : causalMask(positions).map((row) => row.map(() => 0));
  const maskedScores = add(scaledScores, mask);
  const weights = rowSoftmax(maskedScores);
  const output = multiply(weights, values);
  return {
    queries,
    keys,
    values,
    scores,
    scaleFactor,
    scaledScores,
    mask,
    maskedScores,
    weights,
    output,
    entropy: weights.map((row) => entropy(row)),
  };
}

/** Every head's result and their outputs side by side, Concat(head₁, …, head_h) (before GPT's W^O mixes them). */
export interface MultiHeadResult {
  heads: HeadResult[];
  concatenated: number[][];
}

/** Several heads on the same inputs, each with its own projections, and their outputs concatenated. */
export function multiHeadAttention(inputs: Matrix, heads: readonly HeadWeights[], options: AttentionOptions = {}): MultiHeadResult {
  const results = heads.map((head) => attentionHead(inputs, head, options));
  return { heads: results, concatenated: concatenateColumns(results.map((result) => result.output)) };
}

/**
 * For each row of the weights, the share given to later positions (Σ_{j>i} a_ij): what a position would learn from
 * the future it is meant to predict. Exactly 0 for every row under the causal mask.
 */
export function futureShare(weights: Matrix): number[] {
  return weights.map((row, i) => row.reduce((sum, weight, j) => (j > i ? sum + weight : sum), 0));
}

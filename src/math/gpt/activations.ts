/**
 * The buffers of one forward and backward pass for a batch of `batch` sequences of `time` tokens: every intermediate
 * value the backward pass needs, and the gradient buffers it writes. Allocated once per batch shape and reused for
 * every step, so training allocates nothing per step.
 */
import type { GptConfig } from './config.ts';
import { MLP_EXPANSION } from './config.ts';
import type { FloatArray, FloatArrayConstructor } from './parameterLayout.ts';

/** What one block keeps from the forward pass. Shapes use N = batch·time rows. */
export interface BlockActivations<A extends FloatArray> {
  /** [N, width] the block's first layer norm, its mean and 1/σ per row. */
  norm1: A;
  norm1Mean: A;
  norm1Rstd: A;
  /** [N, 3·width] queries, keys and values. */
  qkv: A;
  /** [batch, heads, time, time] the attention weights (softmax rows, zeros above the diagonal). */
  weights: A;
  /** [N, width] the heads' outputs side by side, before the output projection. */
  attention: A;
  /** [N, width] residual stream after attention. */
  residual1: A;
  norm2: A;
  norm2Mean: A;
  norm2Rstd: A;
  /** [N, 4·width] the MLP's hidden layer before and after GeLU. */
  mlpHidden: A;
  mlpActivated: A;
  /** [N, width] residual stream after the MLP: the block's output. */
  residual2: A;
}

/** The buffers of a forward and backward pass. */
export interface Activations<A extends FloatArray> {
  batch: number;
  time: number;
  /** [N] the input tokens of the last forward pass. */
  tokens: Int32Array;
  /** [N, width] token plus position embeddings. */
  embedded: A;
  blocks: BlockActivations<A>[];
  /** [N, width] the final layer norm's output: the hidden state the output layer (and a scalar head) reads. */
  hidden: A;
  hiddenMean: A;
  hiddenRstd: A;
  /** [N, vocabularySize]. */
  logits: A;
  /** [N, vocabularySize] softmax of the logits, filled by the loss. */
  probs: A;
  /** [N] −log p(target) per position, filled by the loss. */
  losses: A;
  /** Gradient buffers of the backward pass. */
  grad: {
    logits: A;
    hidden: A;
    residual: A;
    norm: A;
    attention: A;
    qkv: A;
    mlpHidden: A;
    mlpActivated: A;
    scratch: A;
  };
}

/** Allocates the buffers for `batch` sequences of `time` tokens (1 ≤ time ≤ contextLength). */
export function createActivations<A extends FloatArray>(
  config: GptConfig,
  batch: number,
  time: number,
  ArrayType: FloatArrayConstructor,
): Activations<A> {
  if (!Number.isInteger(batch) || batch < 1) throw new RangeError(`batch must be a whole number ≥ 1, got ${batch}`);
  if (!Number.isInteger(time) || time < 1 || time > config.contextLength) {
    throw new RangeError(`time must be a whole number from 1 to ${config.contextLength}, got ${time}`);
  }
  const rows = batch * time;
  const { width, heads, vocabularySize } = config;
  const make = (size: number) => new ArrayType(size) as A;
  const blocks: BlockActivations<A>[] = [];
  for (let layer = 0; layer < config.layers; layer += 1) {
    blocks.push({
      norm1: make(rows * width),
      norm1Mean: make(rows),
      norm1Rstd: make(rows),
      qkv: make(rows * 3 * width),
      weights: make(batch * heads * time * time),
      attention: make(rows * width),
      residual1: make(rows * width),
      norm2: make(rows * width),
      norm2Mean: make(rows),
      norm2Rstd: make(rows),
      mlpHidden: make(rows * MLP_EXPANSION * width),
      mlpActivated: make(rows * MLP_EXPANSION * width),
      residual2: make(rows * width),
    });
  }
  return {
    batch,
    time,
    tokens: new Int32Array(rows),
    embedded: make(rows * width),
    blocks,
    hidden: make(rows * width),
    hiddenMean: make(rows),
    hiddenRstd: make(rows),
    logits: make(rows * vocabularySize),
    probs: make(rows * vocabularySize),
    losses: make(rows),
    grad: {
      logits: make(rows * vocabularySize),
      hidden: make(rows * width),
      residual: make(rows * width),
      norm: make(rows * width),
      attention: make(rows * width),
      qkv: make(rows * 3 * width),
      mlpHidden: make(rows * MLP_EXPANSION * width),
      mlpActivated: make(rows * MLP_EXPANSION * width),
      scratch: make(time),
    },
  };
}

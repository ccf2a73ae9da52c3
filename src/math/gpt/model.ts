/**
 * A GPT: token and position embeddings, `layers` pre-norm transformer blocks (layer norm → causal self-attention →
 * residual add; layer norm → MLP with GeLU → residual add), a final layer norm, and the output layer tied to the token
 * embedding (logits = hidden · Eᵀ), as GPT-2. This file holds the model and its forward pass; backward.ts the
 * gradients.
 */
import { type Activations, createActivations } from './activations.ts';
import { type GptConfig, MLP_EXPANSION } from './config.ts';
import { attentionForward } from './kernels/attention.ts';
import { embeddingForward } from './kernels/embedding.ts';
import { geluForward } from './kernels/gelu.ts';
import { layerNormForward } from './kernels/layerNorm.ts';
import { linearForward } from './kernels/linear.ts';
import {
  type FloatArray,
  type FloatArrayConstructor,
  initialiseParameters,
  type ModelTensors,
  parameterCount,
  tensorViews,
} from './parameterLayout.ts';

/** A model: its shape and its parameters (one flat array with named views). */
export interface GptModel<A extends FloatArray = Float32Array> {
  config: GptConfig;
  parameters: ModelTensors<A>;
  /** The array type of parameters and buffers: Float32Array in the lab, Float64Array for gradient checks. */
  ArrayType: FloatArrayConstructor;
}

/** A model with fresh weights drawn from `seed` (see initialiseParameters). */
export function createModel(config: GptConfig, seed: number): GptModel<Float32Array>;
export function createModel<A extends FloatArray>(config: GptConfig, seed: number, ArrayType: FloatArrayConstructor): GptModel<A>;
export function createModel(config: GptConfig, seed: number, ArrayType: FloatArrayConstructor = Float32Array): GptModel<FloatArray> {
  const all = new ArrayType(parameterCount(config));
  initialiseParameters(config, all, seed);
  return { config, parameters: tensorViews(config, all), ArrayType };
}

/** A model around existing weights (a checkpoint): `weights` is used as is, not copied. */
export function modelFromWeights<A extends FloatArray>(config: GptConfig, weights: A): GptModel<A> {
  return {
    config,
    parameters: tensorViews(config, weights),
    ArrayType: (weights instanceof Float64Array ? Float64Array : Float32Array) as FloatArrayConstructor,
  };
}

/** A zeroed gradient buffer with the model's layout. */
export function createGradients<A extends FloatArray>(model: GptModel<A>): ModelTensors<A> {
  return tensorViews(model.config, new model.ArrayType(model.parameters.all.length) as A);
}

/** Buffers for a forward and backward pass of `batch` sequences of `time` tokens, in the model's precision. */
export function activationsFor<A extends FloatArray>(model: GptModel<A>, batch: number, time: number): Activations<A> {
  return createActivations<A>(model.config, batch, time, model.ArrayType);
}

/**
 * Runs the model on `tokens` ([batch, time], row-major, each id below vocabularySize) and fills every activation up to
 * `acts.hidden` and, unless `logits` is false (a scalar head needs only the hidden states), `acts.logits`.
 */
export function forward<A extends FloatArray>(
  model: GptModel<A>,
  acts: Activations<A>,
  tokens: ArrayLike<number>,
  { logits = true }: { logits?: boolean } = {},
): void {
  const { config, parameters: p } = model;
  const { batch, time } = acts;
  const rows = batch * time;
  const { width, vocabularySize } = config;
  const hiddenWidth = MLP_EXPANSION * width;
  if (tokens.length !== rows) throw new RangeError(`expected ${rows} tokens (${batch}×${time}), got ${tokens.length}`);
  for (let i = 0; i < rows; i += 1) {
    const token = tokens[i]!;
    if (!Number.isInteger(token) || token < 0 || token >= vocabularySize) {
      throw new RangeError(`token ${i} is ${token}, outside the vocabulary of ${vocabularySize}`);
    }
    acts.tokens[i] = token;
  }
  embeddingForward(acts.embedded, acts.tokens, p.tokenEmbedding, p.positionEmbedding, batch, time, width);
  let residual = acts.embedded;
  const shape = { batch, time, width, heads: config.heads };
  for (let layer = 0; layer < config.layers; layer += 1) {
    const w = p.blocks[layer]!;
    const a = acts.blocks[layer]!;
    layerNormForward(a.norm1, a.norm1Mean, a.norm1Rstd, residual, w.norm1Gain, w.norm1Bias, rows, width);
    linearForward(a.qkv, a.norm1, w.attentionInWeight, w.attentionInBias, rows, width, 3 * width);
    attentionForward(a.attention, a.weights, a.qkv, shape);
    // The output projection is written into residual1, then the block's input is added to it.
    linearForward(a.residual1, a.attention, w.attentionOutWeight, w.attentionOutBias, rows, width, width);
    for (let i = 0; i < rows * width; i += 1) a.residual1[i]! += residual[i]!;
    layerNormForward(a.norm2, a.norm2Mean, a.norm2Rstd, a.residual1, w.norm2Gain, w.norm2Bias, rows, width);
    linearForward(a.mlpHidden, a.norm2, w.mlpInWeight, w.mlpInBias, rows, width, hiddenWidth);
    geluForward(a.mlpActivated, a.mlpHidden, rows * hiddenWidth);
    linearForward(a.residual2, a.mlpActivated, w.mlpOutWeight, w.mlpOutBias, rows, hiddenWidth, width);
    for (let i = 0; i < rows * width; i += 1) a.residual2[i]! += a.residual1[i]!;
    residual = a.residual2;
  }
  layerNormForward(acts.hidden, acts.hiddenMean, acts.hiddenRstd, residual, p.finalNormGain, p.finalNormBias, rows, width);
  if (logits) linearForward(acts.logits, acts.hidden, p.tokenEmbedding, undefined, rows, width, vocabularySize);
}

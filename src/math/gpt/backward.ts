/**
 * Backpropagation through the model of model.ts, from any upstream gradient: on the logits (a language-model loss,
 * or a policy-gradient weight per token), on the final hidden states (a scalar head), or both. Gradients accumulate
 * into `grads` (+=): zero it between steps (grads.all.fill(0)).
 */
import type { Activations } from './activations.ts';
import { MLP_EXPANSION } from './config.ts';
import { attentionBackward } from './kernels/attention.ts';
import { embeddingBackward } from './kernels/embedding.ts';
import { geluBackward } from './kernels/gelu.ts';
import { layerNormBackward } from './kernels/layerNorm.ts';
import { linearBackward } from './kernels/linear.ts';
import type { GptModel } from './model.ts';
import type { FloatArray, ModelTensors } from './parameterLayout.ts';

/** Where the backward pass starts. At least one must be set. */
export interface UpstreamGradients<A extends FloatArray> {
  /** ∂L/∂logits, [batch·time, vocabularySize] (crossEntropyBackward fills one). */
  logits?: A;
  /** ∂L/∂hidden, [batch·time, width], added to what flows back from the logits. */
  hidden?: A;
}

/** Adds ∂L/∂θ to `grads` for the forward pass recorded in `acts`. */
export function backward<A extends FloatArray>(
  model: GptModel<A>,
  acts: Activations<A>,
  grads: ModelTensors<A>,
  upstream: UpstreamGradients<A>,
): void {
  if (!upstream.logits && !upstream.hidden) throw new Error('backward needs a gradient on the logits or the hidden states');
  const { config, parameters: p } = model;
  const { batch, time, grad } = acts;
  const rows = batch * time;
  const { width, vocabularySize } = config;
  const hiddenWidth = MLP_EXPANSION * width;
  const shape = { batch, time, width, heads: config.heads };

  const dhidden = grad.hidden;
  if (upstream.hidden) dhidden.set(upstream.hidden.subarray(0, rows * width));
  else dhidden.fill(0);
  if (upstream.logits) {
    linearBackward(dhidden, grads.tokenEmbedding, undefined, upstream.logits, acts.hidden, p.tokenEmbedding, rows, width, vocabularySize);
  }
  // One buffer carries ∂L/∂residual down the stack: each branch reads it, then adds its own share into it.
  const dresidual = grad.residual;
  dresidual.fill(0);
  const last = config.layers > 0 ? acts.blocks[config.layers - 1]!.residual2 : acts.embedded;
  layerNormBackward(dresidual, grads.finalNormGain, grads.finalNormBias, dhidden, last, p.finalNormGain, acts.hiddenMean, acts.hiddenRstd, rows, width);

  for (let layer = config.layers - 1; layer >= 0; layer -= 1) {
    const w = p.blocks[layer]!;
    const g = grads.blocks[layer]!;
    const a = acts.blocks[layer]!;
    const input = layer === 0 ? acts.embedded : acts.blocks[layer - 1]!.residual2;
    // MLP branch: residual2 = residual1 + W_out·GeLU(W_in·LN2(residual1)).
    grad.mlpActivated.fill(0);
    linearBackward(grad.mlpActivated, g.mlpOutWeight, g.mlpOutBias, dresidual, a.mlpActivated, w.mlpOutWeight, rows, hiddenWidth, width);
    grad.mlpHidden.fill(0);
    geluBackward(grad.mlpHidden, a.mlpHidden, grad.mlpActivated, rows * hiddenWidth);
    grad.norm.fill(0);
    linearBackward(grad.norm, g.mlpInWeight, g.mlpInBias, grad.mlpHidden, a.norm2, w.mlpInWeight, rows, width, hiddenWidth);
    layerNormBackward(dresidual, g.norm2Gain, g.norm2Bias, grad.norm, a.residual1, w.norm2Gain, a.norm2Mean, a.norm2Rstd, rows, width);
    // Attention branch: residual1 = input + W_o·Attention(W_qkv·LN1(input)).
    grad.attention.fill(0);
    linearBackward(grad.attention, g.attentionOutWeight, g.attentionOutBias, dresidual, a.attention, w.attentionOutWeight, rows, width, width);
    grad.qkv.fill(0);
    attentionBackward(grad.qkv, grad.attention, a.qkv, a.weights, shape, grad.scratch);
    grad.norm.fill(0);
    linearBackward(grad.norm, g.attentionInWeight, g.attentionInBias, grad.qkv, a.norm1, w.attentionInWeight, rows, width, 3 * width);
    layerNormBackward(dresidual, g.norm1Gain, g.norm1Bias, grad.norm, input, w.norm1Gain, a.norm1Mean, a.norm1Rstd, rows, width);
  }
  embeddingBackward(grads.tokenEmbedding, grads.positionEmbedding, dresidual, acts.tokens, batch, time, width);
}

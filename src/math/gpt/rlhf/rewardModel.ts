/**
 * The reward model of RLHF's second stage (chapter 3): the fine-tuned model with its output layer replaced by a
 * scalar head that reads one number from the final hidden state at the reply's closing <end> token, trained on
 * comparisons with the pairwise loss −log σ(r_w − r_l) (preferenceLoss.ts). The tied output layer (the token
 * embedding) stays as the input embedding; only its use as the output layer goes, since no logits are computed.
 */
import { adamWUpdate, type AdamWSettings, type AdamWState, clipGradient, createAdamWState } from '../adamw.ts';
import { backward } from '../backward.ts';
import { createGradients, forward, type GptModel, modelFromWeights } from '../model.ts';
import { type FloatArray, parameterCount, parameterLayout, type ModelTensors, type TensorSpec } from '../parameterLayout.ts';
import { scalarHeadBackward, scalarHeadForward } from '../scalarHead.ts';
import { preferenceLoss } from './preferenceLoss.ts';
import { ActivationPool, padSequences } from './sequences.ts';

/** One comparison as tokens: the reward model's inputs (see rewardInput) for the preferred and the other reply. */
export interface EncodedComparison {
  chosen: readonly number[];
  rejected: readonly number[];
}

/**
 * A reward model initialised from `model`: the same weights, plus a scalar head that starts at zero (every reply
 * scores 0 until it trains; the gradient of the head's own weights is not zero, so training starts at once).
 */
export function rewardModelFrom<A extends FloatArray>(model: GptModel<A>): GptModel<A> {
  const config = { ...model.config, scalarHead: true };
  const weights = new model.ArrayType(parameterCount(config)) as A;
  weights.set(model.parameters.all.subarray(0, parameterCount({ ...model.config, scalarHead: false })));
  return modelFromWeights(config, weights);
}

/** Scores of `sequences` (each a rewardInput), `chunk` sequences per forward pass. */
export function scoreSequences<A extends FloatArray>(
  model: GptModel<A>,
  sequences: readonly (readonly number[])[],
  pool: ActivationPool<A> = new ActivationPool(model),
  chunk = 16,
): Float64Array {
  const scores = new Float64Array(sequences.length);
  for (let start = 0; start < sequences.length; start += chunk) {
    const part = sequences.slice(start, start + chunk);
    const padded = padSequences(part, model.config.contextLength);
    const acts = pool.get(padded.batch, padded.time);
    forward(model, acts, padded.tokens, { logits: false });
    scores.set(scalarHeadForward(model, acts, padded.lengths.map((length) => length - 1)), start);
  }
  return scores;
}

/** What one step or one evaluation reports. */
export interface RewardModelResult {
  /** Mean −log σ(r_w − r_l). */
  loss: number;
  /** Share of comparisons ranked right (ties count one half). */
  accuracy: number;
}

/** A reward model being trained with AdamW on batches of comparisons. */
export class RewardModelTrainer<A extends FloatArray> {
  private readonly grads: ModelTensors<A>;
  private readonly layout: TensorSpec[];
  private readonly pool: ActivationPool<A>;

  constructor(
    readonly model: GptModel<A>,
    readonly settings: AdamWSettings,
    readonly optimizer: AdamWState<FloatArray> = createAdamWState(model.parameters.all.length),
  ) {
    if (!model.config.scalarHead) throw new Error('a reward model needs a scalar head (rewardModelFrom)');
    if (optimizer.m.length !== model.parameters.all.length) throw new RangeError('the optimiser state does not fit this model');
    this.grads = createGradients(model);
    this.layout = parameterLayout(model.config);
    this.pool = new ActivationPool(model);
  }

  /** One update from `comparisons`. A non-finite loss or gradient leaves the weights as they were and throws. */
  step(comparisons: readonly EncodedComparison[]): RewardModelResult {
    this.grads.all.fill(0);
    const result = preferenceGradient(this.model, comparisons, this.grads, this.pool);
    const norm = clipGradient(this.grads.all, this.settings.maxGradientNorm);
    if (!Number.isFinite(result.loss) || !Number.isFinite(norm)) {
      throw new Error(`reward model training diverged at step ${this.optimizer.step}: loss ${result.loss}, gradient norm ${norm}`);
    }
    adamWUpdate(this.model.parameters.all, this.grads.all, this.optimizer, this.layout, this.settings);
    return result;
  }

  /** Loss and accuracy on `comparisons` without training (the held-out set). */
  evaluate(comparisons: readonly EncodedComparison[]): RewardModelResult {
    if (comparisons.length === 0) return { loss: 0, accuracy: 0 };
    const scores = scoreSequences(this.model, comparisons.flatMap(({ chosen, rejected }) => [chosen, rejected]), this.pool);
    const result = preferenceLoss(
      comparisons.map((_, i) => scores[2 * i]!),
      comparisons.map((_, i) => scores[2 * i + 1]!),
    );
    return { loss: result.loss, accuracy: result.accuracy };
  }
}

/**
 * The pairwise loss of `comparisons` under `model` and its gradient, added to `grads`: both replies of each
 * comparison in one batch (as InstructGPT kept a prompt's comparisons together), one forward pass each.
 */
export function preferenceGradient<A extends FloatArray>(
  model: GptModel<A>,
  comparisons: readonly EncodedComparison[],
  grads: ModelTensors<A>,
  pool: ActivationPool<A> = new ActivationPool(model),
): RewardModelResult {
  const sequences = comparisons.flatMap(({ chosen, rejected }) => [chosen, rejected]);
  const padded = padSequences(sequences, model.config.contextLength);
  const acts = pool.get(padded.batch, padded.time);
  forward(model, acts, padded.tokens, { logits: false });
  const positions = padded.lengths.map((length) => length - 1);
  const scores = scalarHeadForward(model, acts, positions);
  const result = preferenceLoss(
    comparisons.map((_, i) => scores[2 * i]!),
    comparisons.map((_, i) => scores[2 * i + 1]!),
  );
  const dscores = new Float64Array(sequences.length);
  comparisons.forEach((_, i) => {
    dscores[2 * i] = result.dchosen[i]!;
    dscores[2 * i + 1] = result.drejected[i]!;
  });
  const dhidden = new model.ArrayType(padded.batch * padded.time * model.config.width) as A;
  scalarHeadBackward(model, acts, grads, positions, dscores, dhidden);
  backward(model, acts, grads, { hidden: dhidden });
  return { loss: result.loss, accuracy: result.accuracy };
}

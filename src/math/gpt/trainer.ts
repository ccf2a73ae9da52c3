/**
 * One training run: a model, its gradients, AdamW's state and the buffers of a batch shape, with a step that does
 * forward, loss, backward, clipping and the update. The run's data arrive as a function from step number to batch,
 * so the same trainer serves pretraining (windows of text) and fine-tuning (masked dialogues).
 */
import type { Activations } from './activations.ts';
import { adamWUpdate, type AdamWSettings, type AdamWState, clipGradient, createAdamWState } from './adamw.ts';
import { backward } from './backward.ts';
import type { Batch } from './batches.ts';
import { crossEntropyBackward, crossEntropyForward, type MaskedLoss } from './kernels/crossEntropy.ts';
import { activationsFor, createGradients, forward, type GptModel } from './model.ts';
import { type ModelTensors, parameterLayout, type TensorSpec } from './parameterLayout.ts';

/** What one step reports. */
export interface StepResult extends MaskedLoss {
  /** Gradient norm before clipping. */
  gradientNorm: number;
  learningRate: number;
}

/** A model being trained on batches of one shape. */
export interface Trainer {
  readonly model: GptModel<Float32Array>;
  readonly optimizer: AdamWState<Float32Array>;
  readonly settings: AdamWSettings;
  readonly batch: number;
  readonly time: number;
  /** One update from `data`. A non-finite loss or gradient leaves the weights as they were and throws. */
  step(data: Batch): StepResult;
  /** The masked mean loss over `batches` without training (validation). */
  evaluate(batches: readonly Batch[]): number;
}

/** A trainer for `model` on batches of `batch` × `time`, resuming from `optimizer` when given. */
export function createTrainer(
  model: GptModel<Float32Array>,
  settings: AdamWSettings,
  batch: number,
  time: number,
  optimizer: AdamWState<Float32Array> = createAdamWState(model.parameters.all.length),
): Trainer {
  const grads: ModelTensors<Float32Array> = createGradients(model);
  const acts: Activations<Float32Array> = activationsFor(model, batch, time);
  const layout: TensorSpec[] = parameterLayout(model.config);
  const rows = batch * time;
  const vocabulary = model.config.vocabularySize;
  if (optimizer.m.length !== model.parameters.all.length) throw new RangeError('the optimiser state does not fit this model');

  const lossOf = (data: Batch): MaskedLoss => {
    forward(model, acts, data.inputs);
    return crossEntropyForward(acts.probs, acts.losses, acts.logits, data.targets, data.mask, rows, vocabulary);
  };

  return {
    model,
    optimizer,
    settings,
    batch,
    time,
    step(data) {
      const loss = lossOf(data);
      grads.all.fill(0);
      crossEntropyBackward(acts.grad.logits, acts.probs, data.targets, data.mask, loss.count, rows, vocabulary);
      backward(model, acts, grads, { logits: acts.grad.logits });
      const norm = clipGradient(grads.all, settings.maxGradientNorm);
      if (!Number.isFinite(loss.loss) || !Number.isFinite(norm)) {
        throw new Error(`training diverged at step ${optimizer.step}: loss ${loss.loss}, gradient norm ${norm}`);
      }
      const learningRate = adamWUpdate(model.parameters.all, grads.all, optimizer, layout, settings);
      return { ...loss, gradientNorm: norm, learningRate };
    },
    evaluate(batches) {
      let sum = 0;
      let count = 0;
      for (const data of batches) {
        const loss = lossOf(data);
        sum += loss.sum;
        count += loss.count;
      }
      return count > 0 ? sum / count : 0;
    },
  };
}

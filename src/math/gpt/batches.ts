/**
 * Training batches: windows of a token stream for pretraining, padded dialogues with their masks for fine-tuning.
 * Each batch is drawn from its own seed (deriveSeed(seed, step)), so step n's batch is the same whether the run got
 * there in one go or was paused, saved and resumed.
 */
import { mulberry32 } from '../random.ts';
import type { EncodedDialogue } from './dialogue.ts';
import { TOKEN } from './tokenizer.ts';

/** Inputs [batch·time], targets (each input's next token) and, for fine-tuning, the loss mask. */
export interface Batch {
  inputs: Int32Array;
  targets: Int32Array;
  /** 1 where the target counts; undefined = all count. */
  mask: Float32Array | undefined;
}

/** `batch` random windows of time + 1 tokens from `stream` (which must hold more than `time` tokens). */
export function streamBatch(stream: ArrayLike<number>, batch: number, time: number, seed: number): Batch {
  if (stream.length <= time) throw new RangeError(`the text has ${stream.length} tokens; a window needs ${time + 1}`);
  const random = mulberry32(seed);
  const inputs = new Int32Array(batch * time);
  const targets = new Int32Array(batch * time);
  for (let b = 0; b < batch; b += 1) {
    const start = Math.floor(random() * (stream.length - time));
    for (let t = 0; t < time; t += 1) {
      inputs[b * time + t] = stream[start + t]!;
      targets[b * time + t] = stream[start + t + 1]!;
    }
  }
  return { inputs, targets, mask: undefined };
}

/**
 * `count` fixed windows spread evenly over `stream`, cut into batches of `batch`: the validation set, the same on
 * every evaluation so that its loss curve compares like with like.
 */
export function evenlySpacedBatches(stream: ArrayLike<number>, batch: number, time: number, count: number): Batch[] {
  if (stream.length <= time) throw new RangeError(`the text has ${stream.length} tokens; a window needs ${time + 1}`);
  const batches: Batch[] = [];
  const span = stream.length - time - 1;
  for (let first = 0; first < count; first += batch) {
    const inputs = new Int32Array(batch * time);
    const targets = new Int32Array(batch * time);
    for (let b = 0; b < batch; b += 1) {
      const start = Math.floor((((first + b) % count) * span) / Math.max(1, count - 1));
      for (let t = 0; t < time; t += 1) {
        inputs[b * time + t] = stream[start + t]!;
        targets[b * time + t] = stream[start + t + 1]!;
      }
    }
    batches.push({ inputs, targets, mask: undefined });
  }
  return batches;
}

/**
 * `batch` dialogues (drawn at random from `dialogues`, or in order from `first` when given), each cut to `time`
 * positions or padded with <end> tokens whose mask is 0. Causal attention means padding after a dialogue never
 * changes what the model computes for the dialogue itself.
 */
export function dialogueBatch(dialogues: readonly EncodedDialogue[], batch: number, time: number, seed: number, first?: number): Batch {
  if (dialogues.length === 0) throw new RangeError('there are no dialogues to train on');
  const random = mulberry32(seed);
  const inputs = new Int32Array(batch * time).fill(TOKEN.end);
  const targets = new Int32Array(batch * time).fill(TOKEN.end);
  const mask = new Float32Array(batch * time);
  for (let b = 0; b < batch; b += 1) {
    const index = first === undefined ? Math.floor(random() * dialogues.length) : (first + b) % dialogues.length;
    const dialogue = dialogues[index]!;
    const length = Math.min(time, dialogue.ids.length - 1);
    for (let t = 0; t < length; t += 1) {
      inputs[b * time + t] = dialogue.ids[t]!;
      targets[b * time + t] = dialogue.ids[t + 1]!;
      mask[b * time + t] = dialogue.mask[t]!;
    }
  }
  return { inputs, targets, mask };
}

/**
 * Token sequences of different lengths in one batch: the reward model scores a batch of prompt-and-reply sequences at
 * once, and PPO runs a batch of sampled replies through the policy and its reference. Sequences are padded with <end>
 * to the longest; causal attention means padding after a sequence never changes what the model computes for it.
 */
import type { Activations } from '../activations.ts';
import { activationsFor, type GptModel } from '../model.ts';
import type { FloatArray } from '../parameterLayout.ts';
import { TOKEN } from '../tokenizer.ts';

/** `batch` sequences of at most `time` tokens, row-major, padded with <end>. */
export interface PaddedBatch {
  batch: number;
  time: number;
  tokens: Int32Array;
  /** Each sequence's own length (≥ 1). */
  lengths: number[];
}

/** Pads `sequences` (each 1 to `limit` tokens) to the longest of them. */
export function padSequences(sequences: readonly (readonly number[])[], limit: number): PaddedBatch {
  if (sequences.length === 0) throw new RangeError('there are no sequences to pad');
  const lengths = sequences.map((sequence) => sequence.length);
  const time = Math.max(...lengths);
  if (Math.min(...lengths) < 1 || time > limit) {
    throw new RangeError(`sequences must hold 1 to ${limit} tokens, got lengths from ${Math.min(...lengths)} to ${time}`);
  }
  const tokens = new Int32Array(sequences.length * time).fill(TOKEN.end);
  sequences.forEach((sequence, b) => tokens.set(sequence, b * time));
  return { batch: sequences.length, time, tokens, lengths };
}

/**
 * The input to the reward model for a prompt and a reply: <user> question <assistant> reply <end>, at most `limit`
 * tokens (the context). `reply` holds the reply's tokens; an <end> the policy produced is dropped first, so that a reply
 * that stopped by itself and one that ran out of room both end in exactly one <end>, where the reward model reads its
 * score. A reply too long for the context keeps its start (the prompt must leave room for at least one token of it).
 */
export function rewardInput(prompt: readonly number[], reply: readonly number[], limit: number): number[] {
  if (prompt.length + 2 > limit) throw new RangeError(`a prompt of ${prompt.length} tokens leaves no room for a reply in ${limit}`);
  const body = reply.at(-1) === TOKEN.end ? reply.slice(0, -1) : reply;
  return [...prompt, ...body.slice(0, limit - prompt.length - 1), TOKEN.end];
}

/**
 * Buffers of a model's forward and backward passes, one set per batch shape, the few most recent kept: replies vary in
 * length, so the batch shape changes from one step to the next, and allocating buffers on every step would churn
 * memory for nothing.
 */
export class ActivationPool<A extends FloatArray> {
  private readonly entries = new Map<string, Activations<A>>();

  /** `capacity`: shapes kept at once (the least recently used is dropped). */
  constructor(private readonly model: GptModel<A>, private readonly capacity = 4) {}

  /** Buffers for `batch` sequences of `time` tokens. */
  get(batch: number, time: number): Activations<A> {
    const key = `${batch}×${time}`;
    let acts = this.entries.get(key);
    if (acts) this.entries.delete(key);
    else acts = activationsFor(this.model, batch, time);
    this.entries.set(key, acts);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return acts;
  }
}

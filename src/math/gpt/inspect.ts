/**
 * What the lab shows about one prompt: the probability of every possible next token, and every head's attention
 * weights over the prompt. One forward pass of a batch of one.
 */
import { activationsFor, forward, type GptModel } from './model.ts';
import { softmax } from '../softmax.ts';

/** The model's view of a prompt. */
export interface PromptInspection {
  /** The tokens looked at (the prompt's last contextLength tokens). */
  tokens: number[];
  /** p(next token = v) for every v of the vocabulary, at the last position. */
  nextTokenProbabilities: Float64Array;
  /**
   * Attention weights, [layer][head] each a row-major time × time matrix: entry (t, s) is how much position t reads
   * position s (0 for s > t).
   */
  attention: Float32Array[][];
}

/** Runs `prompt` (at least one token) through `model`. */
export function inspectPrompt(model: GptModel<Float32Array>, prompt: readonly number[]): PromptInspection {
  if (prompt.length === 0) throw new RangeError('the prompt needs at least one token');
  const tokens = prompt.slice(-model.config.contextLength);
  const time = tokens.length;
  const acts = activationsFor(model, 1, time);
  forward(model, acts, tokens);
  const { vocabularySize, heads } = model.config;
  const last = acts.logits.subarray((time - 1) * vocabularySize, time * vocabularySize);
  const nextTokenProbabilities = Float64Array.from(softmax(Array.from(last)));
  const attention = acts.blocks.map((block) =>
    Array.from({ length: heads }, (_, head) => block.weights.slice(head * time * time, (head + 1) * time * time)),
  );
  return { tokens, nextTokenProbabilities, attention };
}

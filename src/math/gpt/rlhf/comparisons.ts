/**
 * Comparisons, the reward model's data: a prompt, the reply a person preferred and the one they did not. The lab
 * ships a set per language (src/widgets/gpt-lab/data/comparisons-<locale>.txt) and adds the reader's own choices.
 *
 * File format, like the dialogues': blocks separated by a blank line, each a "U:" line (the prompt), a "W:" line (the
 * preferred reply, the winner) and an "L:" line (the other, the loser); lines starting with "#" are comments.
 */
import { promptTokens } from '../dialogue.ts';
import type { Tokenizer } from '../tokenizer.ts';
import type { EncodedComparison } from './rewardModel.ts';
import { rewardInput } from './sequences.ts';

/** One comparison in words. */
export interface Comparison {
  prompt: string;
  /** The preferred reply. */
  chosen: string;
  /** The other reply. */
  rejected: string;
}

/** Every HELD_OUT_EVERY-th comparison of a set (the last of each run of this many) is held out of training. */
export const HELD_OUT_EVERY = 5;

/** True when comparison `index` (0-based, in the order it was added) belongs to the held-out set. */
export function isHeldOut(index: number): boolean {
  return index % HELD_OUT_EVERY === HELD_OUT_EVERY - 1;
}

/** Parses the comparison file format. Throws naming the line of the first bad block. */
export function parseComparisons(text: string): Comparison[] {
  const comparisons: Comparison[] = [];
  let block: Partial<Comparison> = {};
  let blockLine = 0;
  const fields = { 'U:': 'prompt', 'W:': 'chosen', 'L:': 'rejected' } as const;
  const close = () => {
    if (blockLine === 0) return;
    const { prompt, chosen, rejected } = block;
    if (prompt === undefined || chosen === undefined || rejected === undefined) {
      throw new Error(`line ${blockLine}: a comparison needs a "U:", a "W:" and an "L:" line`);
    }
    comparisons.push({ prompt, chosen, rejected });
    block = {};
    blockLine = 0;
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line.startsWith('#')) return;
    if (line === '') return close();
    const field = fields[line.slice(0, 2) as keyof typeof fields];
    if (!field) throw new Error(`line ${index + 1}: expected a line starting "U:", "W:" or "L:", got ${JSON.stringify(line.slice(0, 40))}`);
    if (block[field] !== undefined) throw new Error(`line ${index + 1}: a second "${line.slice(0, 2)}" line in one comparison`);
    if (blockLine === 0) blockLine = index + 1;
    block[field] = line.slice(2).trim();
  });
  close();
  return comparisons;
}

/** A comparison as the reward model reads it: <user> prompt <assistant> reply <end> for each reply, in `limit` tokens. */
export function encodeComparison(tokenizer: Tokenizer, comparison: Comparison, limit: number): EncodedComparison {
  const prompt = promptTokens(tokenizer, comparison.prompt);
  return {
    chosen: rewardInput(prompt, tokenizer.encode(comparison.chosen), limit),
    rejected: rewardInput(prompt, tokenizer.encode(comparison.rejected), limit),
  };
}

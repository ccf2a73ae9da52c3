/**
 * What a model writes, in the lab's two forms: a continuation of plain text, and an assistant's reply to a user's
 * message (stopping at the end token). The lab's session and its RLHF stages both answer with these.
 */
import { promptTokens } from './dialogue.ts';
import { generate } from './generation.ts';
import type { GptModel } from './model.ts';
import type { FloatArray } from './parameterLayout.ts';
import { TOKEN, type Tokenizer } from './tokenizer.ts';
import { mulberry32 } from '../random.ts';

/** A reply, and whether it ended with the end token (else it ran out of length). */
export interface Reply {
  text: string;
  ended: boolean;
}

/** At most `maxTokens` characters continuing `prompt` (the end token when empty), at `temperature` from `seed`. */
export function continueText(model: GptModel<FloatArray>, tokenizer: Tokenizer, prompt: string, options: { maxTokens: number; temperature: number; seed: number }): string {
  const tokens = tokenizer.encode(prompt);
  const produced = generate(model, tokens.length > 0 ? tokens : [TOKEN.end], {
    maxTokens: options.maxTokens,
    temperature: options.temperature,
    random: mulberry32(options.seed),
    bannedTokens: [TOKEN.unknown, TOKEN.user, TOKEN.assistant, TOKEN.end],
  });
  return tokenizer.decode(produced);
}

/** The reply of `model` to `user`, at most `maxTokens` long, at `temperature` (0 = greedy) from `seed`. */
export function replyTo(model: GptModel<FloatArray>, tokenizer: Tokenizer, user: string, options: { maxTokens: number; temperature: number; seed: number }): Reply {
  const produced = generate(model, promptTokens(tokenizer, user), {
    maxTokens: options.maxTokens,
    temperature: options.temperature,
    random: mulberry32(options.seed),
    stopTokens: [TOKEN.end],
    bannedTokens: [TOKEN.unknown, TOKEN.user, TOKEN.assistant],
  });
  const ended = produced.at(-1) === TOKEN.end;
  return { text: tokenizer.decode(ended ? produced.slice(0, -1) : produced), ended };
}

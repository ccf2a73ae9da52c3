/**
 * A character-level tokenizer: one token per character (code point), plus four special tokens for dialogues. The
 * vocabulary is built from a corpus, most frequent characters first, and capped: English needs about 70 characters,
 * while Chinese prose uses well over a thousand distinct ones, and each costs a row of the embedding (and a column of
 * the output layer, the costliest matrix at these sizes). Characters left out map to the unknown token.
 */

/** The special tokens, with fixed ids 0–3: unknown character, start of the user's turn, of the assistant's, end. */
export const SPECIAL_TOKENS = ['<unk>', '<user>', '<assistant>', '<end>'] as const;
/** Ids of the special tokens. */
export const TOKEN = { unknown: 0, user: 1, assistant: 2, end: 3 } as const;

/** Encodes text to token ids and back. `symbols[id]` is the token's text; ids 0–3 are SPECIAL_TOKENS. */
export interface Tokenizer {
  readonly symbols: readonly string[];
  readonly size: number;
  /** Token ids of `text`, one per character; characters outside the vocabulary become TOKEN.unknown. */
  encode(text: string): number[];
  /** Text of `ids`; special tokens become `special(symbol)` (by default nothing). */
  decode(ids: ArrayLike<number>, special?: (symbol: string) => string): string;
}

/**
 * The vocabulary of `text`: SPECIAL_TOKENS, then every character of `required` (the fine-tuning dialogues, which must
 * not turn into unknown tokens), then `text`'s other characters by descending count (ties in code-point order, so the
 * result does not depend on where a character first appears), at most `maxSymbols` entries in all.
 */
export function buildVocabulary(text: string, maxSymbols: number, required = ''): string[] {
  if (!Number.isInteger(maxSymbols) || maxSymbols <= SPECIAL_TOKENS.length) {
    throw new RangeError(`maxSymbols must be a whole number above ${SPECIAL_TOKENS.length}, got ${maxSymbols}`);
  }
  const counts = new Map<string, number>();
  for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
  const byCount = (entries: [string, number][]) =>
    entries.sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0)).map(([character]) => character);
  const needed = new Map<string, number>();
  for (const character of required) needed.set(character, counts.get(character) ?? 0);
  const characters = [...byCount([...needed]), ...byCount([...counts].filter(([character]) => !needed.has(character)))];
  return [...SPECIAL_TOKENS, ...characters.slice(0, maxSymbols - SPECIAL_TOKENS.length)];
}

/** A tokenizer over `symbols` (as from buildVocabulary or a checkpoint). Throws on a malformed vocabulary. */
export function createTokenizer(symbols: readonly string[]): Tokenizer {
  SPECIAL_TOKENS.forEach((special, id) => {
    if (symbols[id] !== special) throw new Error(`symbol ${id} must be ${special}, got ${JSON.stringify(symbols[id])}`);
  });
  const ids = new Map<string, number>();
  symbols.forEach((symbol, id) => {
    if (id >= SPECIAL_TOKENS.length && [...symbol].length !== 1) throw new Error(`symbol ${id} must be one character, got ${JSON.stringify(symbol)}`);
    if (ids.has(symbol)) throw new Error(`symbol ${JSON.stringify(symbol)} appears twice`);
    ids.set(symbol, id);
  });
  return {
    symbols,
    size: symbols.length,
    encode(text) {
      const out: number[] = [];
      // Special tokens are never produced from text: "<user>" typed by a reader is six ordinary characters.
      for (const character of text) out.push(ids.get(character) ?? TOKEN.unknown);
      return out;
    },
    decode(list, special = () => '') {
      let text = '';
      for (let i = 0; i < list.length; i += 1) {
        const id = list[i]!;
        const symbol = symbols[id] ?? SPECIAL_TOKENS[TOKEN.unknown];
        text += id < SPECIAL_TOKENS.length ? special(symbol) : symbol;
      }
      return text;
    },
  };
}

/** The share of `text`'s characters that the tokenizer knows (1 = none become unknown). */
export function coverage(tokenizer: Tokenizer, text: string): number {
  const ids = tokenizer.encode(text);
  return ids.length === 0 ? 1 : ids.filter((id) => id !== TOKEN.unknown).length / ids.length;
}

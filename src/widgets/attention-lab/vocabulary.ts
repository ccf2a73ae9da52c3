import type { Locale } from '../../content/locale.ts';

/** Widest embedding the lab shows (d_model's upper limit). */
export const MAX_MODEL_WIDTH = 8;
/** Longest sequence the lab takes. */
export const MAX_TOKENS = 8;

/**
 * The lab's small vocabulary: each word with its label in both languages and an 8-number embedding (the first d_model
 * of them are used). In a real model these rows are learned; here they are fixed, one decimal each, so that a reader
 * can follow every product by hand. cat, ate and fish begin with the chapter's worked example (1,0,1,0), (0,1,0,1),
 * (1,1,0,0); the rest were drawn once from mulberry32 (seed 2022) in [-1, 1] and written down.
 */
export const VOCABULARY = {
  cat: { en: 'cat', zh: '猫', embedding: [1, 0, 1, 0, 0.5, -0.4, 0.6, 0.6] },
  ate: { en: 'ate', zh: '吃', embedding: [0, 1, 0, 1, -0.2, -0.6, -0.5, 0.3] },
  fish: { en: 'fish', zh: '鱼', embedding: [1, 1, 0, 0, 0.5, -0.3, -0.7, 0.4] },
  dog: { en: 'dog', zh: '狗', embedding: [0.6, -0.5, -0.8, -1, -0.5, -0.4, 0.6, 0.2] },
  chased: { en: 'chased', zh: '追', embedding: [0.6, 0.2, 0.8, -0.6, 0.5, -0.7, 0.7, 0.2] },
  mouse: { en: 'mouse', zh: '老鼠', embedding: [-0.5, 0.1, 0.7, 0.5, 0.7, 0.5, 0.2, -0.5] },
  saw: { en: 'saw', zh: '看见', embedding: [0, -0.7, -0.7, -0.5, -1, 0.1, 0.2, -0.7] },
  bird: { en: 'bird', zh: '鸟', embedding: [0.1, 0, -0.6, 0.1, -0.2, 0.1, -0.5, 0] },
  big: { en: 'big', zh: '大', embedding: [-0.6, 0.5, 0.4, -0.8, 0.6, 0.4, -0.4, 0.2] },
  small: { en: 'small', zh: '小', embedding: [0.7, -0.4, -0.1, 0, -0.5, -0.7, -0.2, -0.2] },
  it: { en: 'it', zh: '它', embedding: [-0.8, 0.5, -0.6, 0.4, -0.2, -0.6, -0.6, 0.4] },
  sleeps: { en: 'sleeps', zh: '睡觉', embedding: [-0.9, -0.6, 0.8, -0.9, 0, -0.8, -0.6, 0.2] },
  and: { en: 'and', zh: '和', embedding: [0.8, 0.7, 0.1, 0.4, 0.4, 0, 0.1, 0.2] },
  milk: { en: 'milk', zh: '牛奶', embedding: [0.9, 0.1, 0.4, -0.4, 0.4, -0.8, -0.6, -0.6] },
} as const satisfies Record<string, Record<Locale, string> & { embedding: readonly number[] }>;

/** A word of the vocabulary. */
export type WordId = keyof typeof VOCABULARY;

/** Every word id, in the order above. */
export const WORD_IDS = Object.keys(VOCABULARY) as WordId[];

/**
 * The position table: row t is added to the embedding of the token at position t when positions are switched on,
 * standing in for GPT's learned table `wpe`. Drawn once from mulberry32 (seed 7) in [-1, 1], one decimal.
 */
export const POSITION_EMBEDDINGS: readonly (readonly number[])[] = [
  [-1, -0.9, 1, 0.4, 0, -0.2, -0.1, -0.5],
  [0.1, 0.5, -0.5, -0.7, 0.5, 0, -0.6, -0.3],
  [-0.4, 0.1, -0.4, 1, -0.5, 0.8, -0.6, -0.7],
  [-0.7, -0.4, 0.1, 0.5, -0.9, 0.8, 0.1, 0.2],
  [0.4, 0.9, 0.2, 0.8, 0.7, -0.9, -0.7, -0.3],
  [-0.1, -1, -0.8, 0.5, -0.3, -0.1, -0.1, 0.9],
  [0.4, 0.4, -0.3, -0.3, -0.7, -0.7, 0.8, -0.4],
  [-0.6, 0.3, -0.3, -0.9, 0.4, 0.8, 0.1, 0.7],
];

import { hashSeed, mulberry32 } from '../../math/random.ts';
import { MAX_MODEL_WIDTH } from './vocabulary.ts';

/** Widest query/key/value the lab allows (d_k's upper limit). */
export const MAX_KEY_WIDTH = 16;

/** The six projection matrices: W_Q, W_K, W_V of head 1, then of head 2. */
export const MATRIX_NAMES = ['wq', 'wk', 'wv', 'wq2', 'wk2', 'wv2'] as const;
/** One of the projection matrices, by its attribute name. */
export type MatrixName = (typeof MATRIX_NAMES)[number];

/** The chapter's worked example: head 1's matrices at d_model = 4, d_k = 2 (content/<locale>/02-architecture.md). */
export const WALKTHROUGH_WEIGHTS: Readonly<Record<'wq' | 'wk' | 'wv', readonly (readonly number[])[]>> = {
  wq: [[0, 1], [1, 0], [0, 0], [1, 0]],
  wk: [[1, 0], [0, 1], [0, 0], [1, 1]],
  wv: [[1, 0], [0, 1], [1, 0], [0, 1]],
};

/**
 * The full MAX_MODEL_WIDTH × MAX_KEY_WIDTH table behind one projection matrix: what fills the rows and columns a
 * directive did not set, and what appears when the reader widens d_k. Entries are uniform in [-1, 1] rounded to one
 * decimal, from mulberry32 seeded by the matrix's name, so every visit shows the same numbers; head 1's top-left
 * 4 × 2 block is the chapter's worked example. Uniform entries of a fixed spread are what makes the unscaled scores
 * grow with d_k (a dot product of d_k such terms has a variance proportional to d_k), the effect √d_k undoes.
 */
export function backgroundWeights(name: MatrixName): number[][] {
  const random = mulberry32(hashSeed(`attention-lab:${name}`));
  const table = Array.from({ length: MAX_MODEL_WIDTH }, () =>
    Array.from({ length: MAX_KEY_WIDTH }, () => Math.round((2 * random() - 1) * 10) / 10 || 0),
  );
  if (name === 'wq' || name === 'wk' || name === 'wv') {
    WALKTHROUGH_WEIGHTS[name].forEach((row, r) => row.forEach((value, c) => (table[r]![c] = value)));
  }
  return table;
}

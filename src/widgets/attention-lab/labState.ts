/**
 * The attention lab's state and the pure changes a reader can make to it. The projection matrices are kept whole
 * (8 × 16 each): the lab uses their top-left d_model × d_k block, so narrowing d_k and widening it again gives back the
 * reader's edits. No React here; useAttentionLab.ts holds the state and writes it to the URL.
 */
import { topLeft } from '../../math/attention/matrix.ts';
import { type AttentionLabProps, LIMITS } from './props.ts';
import { WORD_IDS, type WordId } from './vocabulary.ts';
import { backgroundWeights, MATRIX_NAMES, type MatrixName } from './weightTables.ts';

/** Everything the reader can change. */
export interface LabState {
  tokens: WordId[];
  modelWidth: number;
  keyWidth: number;
  /** Every projection matrix, whole (MAX_MODEL_WIDTH × MAX_KEY_WIDTH). */
  tables: Record<MatrixName, number[][]>;
  mask: boolean;
  scale: boolean;
  heads: 1 | 2;
  positions: boolean;
}

/** The projection matrices of one head, by role. */
export const HEAD_MATRICES: readonly (readonly [query: MatrixName, key: MatrixName, value: MatrixName])[] = [
  ['wq', 'wk', 'wv'],
  ['wq2', 'wk2', 'wv2'],
];

/** Rounds away binary noise (0.1 + 0.2 → 0.3) so that a nudged weight prints and links as the reader expects. */
export function cleanNumber(value: number): number {
  return Number(value.toPrecision(12)) || 0;
}

/** `value` kept within the weight limits. */
export function clampWeight(value: number): number {
  return Math.min(LIMITS.weight.max, Math.max(LIMITS.weight.min, cleanNumber(value)));
}

/** The fixed tables with `weights` (each d_model × d_k, already checked) written over their top-left corners. */
export function tablesWith(weights: AttentionLabProps['weights']): Record<MatrixName, number[][]> {
  const tables = Object.fromEntries(MATRIX_NAMES.map((name) => [name, backgroundWeights(name)])) as Record<MatrixName, number[][]>;
  for (const name of MATRIX_NAMES) {
    weights[name]?.forEach((row, r) => row.forEach((value, c) => (tables[name][r]![c] = value)));
  }
  return tables;
}

/** The state a directive's props describe. */
export function stateFromProps(props: AttentionLabProps): LabState {
  return {
    tokens: [...props.tokens],
    modelWidth: props.modelWidth,
    keyWidth: props.keyWidth,
    tables: tablesWith(props.weights),
    mask: props.mask,
    scale: props.scale,
    heads: props.heads,
    positions: props.positions,
  };
}

/** The d_model × d_k block of one projection matrix that the lab uses. */
export function visibleWeights(state: LabState, name: MatrixName): number[][] {
  return topLeft(state.tables[name], state.modelWidth, state.keyWidth);
}

/** Sets one entry of a projection matrix (clamped to the weight limits); entries outside d_model × d_k are refused. */
export function setWeight(state: LabState, name: MatrixName, row: number, column: number, value: number): LabState {
  if (!Number.isFinite(value) || row < 0 || row >= state.modelWidth || column < 0 || column >= state.keyWidth) return state;
  const next = clampWeight(value);
  if (state.tables[name][row]![column] === next) return state;
  const table = state.tables[name].map((entries, r) => (r === row ? entries.map((old, c) => (c === column ? next : old)) : entries));
  return { ...state, tables: { ...state.tables, [name]: table } };
}

/** Replaces the token at `index` with `word`. */
export function setToken(state: LabState, index: number, word: WordId): LabState {
  if (index < 0 || index >= state.tokens.length) return state;
  return { ...state, tokens: state.tokens.map((old, i) => (i === index ? word : old)) };
}

/** Appends a token (the first vocabulary word not yet in the sequence), up to LIMITS.tokens.max. */
export function addToken(state: LabState): LabState {
  if (state.tokens.length >= LIMITS.tokens.max) return state;
  const word = WORD_IDS.find((id) => !state.tokens.includes(id)) ?? WORD_IDS[0]!;
  return { ...state, tokens: [...state.tokens, word] };
}

/** Drops the last token, down to LIMITS.tokens.min. */
export function removeToken(state: LabState): LabState {
  if (state.tokens.length <= LIMITS.tokens.min) return state;
  return { ...state, tokens: state.tokens.slice(0, -1) };
}

/** Reverses the order of every token before the last one: the permutation the lab's position lesson uses. */
export function reverseEarlier(tokens: readonly WordId[]): WordId[] {
  return [...tokens.slice(0, -1).reverse(), ...tokens.slice(-1)];
}

/** Sets d_k (a whole number within LIMITS.keyWidth; others are ignored). */
export function setKeyWidth(state: LabState, keyWidth: number): LabState {
  const rounded = Math.round(keyWidth);
  if (!Number.isFinite(keyWidth) || rounded < LIMITS.keyWidth.min || rounded > LIMITS.keyWidth.max) return state;
  return rounded === state.keyWidth ? state : { ...state, keyWidth: rounded };
}

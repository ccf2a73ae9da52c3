/**
 * Everything the attention lab shows, computed from its state with src/math: the inputs X (token embeddings plus,
 * optionally, positions), each head's intermediates, the concatenation of two heads, and the numbers behind the
 * lessons (how much weight leaks from the future without the mask, the entropy with and without ÷√d_k, and what
 * reversing the earlier tokens does to the last token's output). Pure: no React, tested against the reference values.
 */
import { attentionHead, futureShare, type HeadResult } from '../../math/attention/attention.ts';
import { add, concatenateColumns } from '../../math/attention/matrix.ts';
import { HEAD_MATRICES, type LabState, reverseEarlier, visibleWeights } from './labState.ts';
import { POSITION_EMBEDDINGS, VOCABULARY, type WordId } from './vocabulary.ts';

/** What reversing the earlier tokens does to the last token's output (head 1). */
export interface PermutationCheck {
  /** The last row's index. */
  row: number;
  before: number[];
  after: number[];
  /** True when some entry moved by more than rounding (1e-9). */
  changed: boolean;
}

/** Mean row entropy of one head's weights, as computed and with the other choice of scaling. */
export interface EntropyComparison {
  scaled: number;
  unscaled: number;
}

/** Every number the lab shows. */
export interface LabComputation {
  /** Token embeddings, n × d_model. */
  embeddings: number[][];
  /** Position embeddings, n × d_model (shown only when positions are on). */
  positions: number[][];
  /** X: embeddings, plus positions when they are on. */
  inputs: number[][];
  heads: HeadResult[];
  /** Concat(head₁, head₂) when two heads are on, else undefined. */
  concatenated: number[][] | undefined;
  /** Per head and row, the share of weight taken from later tokens (0 under the mask). */
  futureShares: number[][];
  entropy: EntropyComparison[];
  permutation: PermutationCheck;
}

/** The inputs X for a token sequence at width d_model: embeddings, plus positions when `withPositions`. */
export function inputsFor(tokens: readonly WordId[], modelWidth: number, withPositions: boolean): { embeddings: number[][]; positions: number[][]; inputs: number[][] } {
  const embeddings = tokens.map((word) => VOCABULARY[word].embedding.slice(0, modelWidth));
  const positions = tokens.map((_word, index) => POSITION_EMBEDDINGS[index]!.slice(0, modelWidth));
  return { embeddings, positions, inputs: withPositions ? add(embeddings, positions) : embeddings };
}

/** Computes one head of `state` on `inputs`. */
function runHead(state: LabState, inputs: number[][], head: number, scaled = state.scale): HeadResult {
  const [query, key, value] = HEAD_MATRICES[head]!;
  return attentionHead(
    inputs,
    { query: visibleWeights(state, query), key: visibleWeights(state, key), value: visibleWeights(state, value) },
    { causal: state.mask, scaled },
  );
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Everything the lab shows for `state`. */
export function computeLab(state: LabState): LabComputation {
  const { embeddings, positions, inputs } = inputsFor(state.tokens, state.modelWidth, state.positions);
  const headIndices = state.heads === 2 ? [0, 1] : [0];
  const heads = headIndices.map((head) => runHead(state, inputs, head));
  const entropy = headIndices.map((head, index) => {
    const other = runHead(state, inputs, head, !state.scale);
    const [scaled, unscaled] = state.scale ? [heads[index]!, other] : [other, heads[index]!];
    return { scaled: mean(scaled.entropy), unscaled: mean(unscaled.entropy) };
  });
  const row = state.tokens.length - 1;
  const reversed = inputsFor(reverseEarlier(state.tokens), state.modelWidth, state.positions).inputs;
  const before = heads[0]!.output[row]!;
  const after = runHead(state, reversed, 0).output[row]!;
  return {
    embeddings,
    positions,
    inputs,
    heads,
    concatenated: heads.length === 2 ? concatenateColumns(heads.map((head) => head.output)) : undefined,
    futureShares: heads.map((head) => futureShare(head.weights)),
    entropy,
    permutation: { row, before, after, changed: before.some((value, column) => Math.abs(value - after[column]!) > 1e-9) },
  };
}

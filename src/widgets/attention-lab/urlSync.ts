/**
 * The attention lab's state in the page URL (`attention-lab.wq=0,1;1,0;0,0;1,0&attention-lab.mask=false`), so that a
 * link reproduces what the reader built. URL values are untrusted: each is parsed by the directive's own attribute
 * parser, and what does not parse, or (for a matrix) does not have the lab's d_model × d_k shape, is ignored.
 */
import { type LabState, setWeight, stateFromProps, visibleWeights } from './labState.ts';
import { type AttentionLabProps, attributeParsers, shapeProblem } from './props.ts';
import { MATRIX_NAMES, type MatrixName } from './weightTables.ts';

/** The matrices of the heads in use: head 2's only when it is switched on, which keeps a one-head link short. */
function matricesInUse(state: LabState): readonly MatrixName[] {
  return state.heads === 2 ? MATRIX_NAMES : MATRIX_NAMES.slice(0, 3);
}

/** The state as it goes into a link. */
export function serialiseState(state: LabState): Record<string, string> {
  const matrices = Object.fromEntries(
    matricesInUse(state).map((name) => [name, visibleWeights(state, name).map((row) => row.join(',')).join(';')]),
  );
  return {
    tokens: state.tokens.join(','),
    dmodel: String(state.modelWidth),
    dk: String(state.keyWidth),
    ...matrices,
    mask: String(state.mask),
    scale: String(state.scale),
    heads: String(state.heads),
    positions: String(state.positions),
  };
}

/** Parses `text` with `parser`, or undefined when it is missing or does not parse. */
function parsed<T>(parser: { safeParse: (text: string) => { success: boolean; data?: T } }, text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  const result = parser.safeParse(text);
  return result.success ? result.data : undefined;
}

/** The state of the directive's `props` with every URL value that parses (and fits) put in its place. */
export function applyUrlState(props: AttentionLabProps, raw: Record<string, string>): LabState {
  let state = stateFromProps(props);
  const tokens = parsed(attributeParsers.tokens, raw.tokens);
  const heads = parsed(attributeParsers.heads, raw.heads);
  state = {
    ...state,
    tokens: (tokens as LabState['tokens'] | undefined) ?? state.tokens,
    modelWidth: parsed(attributeParsers.dmodel, raw.dmodel) ?? state.modelWidth,
    keyWidth: parsed(attributeParsers.dk, raw.dk) ?? state.keyWidth,
    mask: parsed(attributeParsers.mask, raw.mask) ?? state.mask,
    scale: parsed(attributeParsers.scale, raw.scale) ?? state.scale,
    heads: heads === undefined ? state.heads : heads === 2 ? 2 : 1,
    positions: parsed(attributeParsers.positions, raw.positions) ?? state.positions,
  };
  for (const name of MATRIX_NAMES) {
    const matrix = parsed(attributeParsers[name], raw[name]);
    if (!matrix || shapeProblem(name, matrix, state.modelWidth, state.keyWidth)) continue;
    matrix.forEach((row, r) => row.forEach((value, c) => (state = setWeight(state, name, r, c, value))));
  }
  return state;
}

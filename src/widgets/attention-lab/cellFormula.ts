/**
 * The formula behind one cell of the attention lab, with the cell's own numbers substituted: LaTeX for KaTeX and the
 * same line as plain text for screen readers. Indices are 1-based, as in the chapter. Pure (no React, no DOM); every
 * number comes from the computation the matrices show, so the formula and the cell always agree.
 */
import { formatNumber, formatTex } from '../../ui/formatNumber.ts';
import type { LabComputation } from './computeLab.ts';
import type { LabState } from './labState.ts';

/** Every matrix the lab shows, by role. W matrices and everything after them belong to a head. */
export const MATRIX_IDS = [
  'embeddings', 'positions', 'inputs', 'wq', 'wk', 'wv', 'queries', 'keys', 'values',
  'scores', 'scaled', 'mask', 'weights', 'entropy', 'output', 'concat',
] as const;
/** One of the lab's matrices. */
export type MatrixId = (typeof MATRIX_IDS)[number];

/** A cell: which matrix, which head (0 or 1; ignored for the inputs), which row and column (0-based). */
export interface CellRef {
  matrix: MatrixId;
  head: number;
  row: number;
  column: number;
}

/** The formula of a cell. */
export interface CellFormula {
  tex: string;
  text: string;
}

/** Terms digits: enough to follow the sums, few enough to keep a line of eight terms readable. */
const TERM_DIGITS = 4;
const RESULT_DIGITS = 6;

const texTerm = (value: number) => formatTex(value, { digits: TERM_DIGITS, factor: true });
const texResult = (value: number) => formatTex(value, { digits: RESULT_DIGITS });
const textTerm = (value: number) => (value < 0 ? `(${formatNumber(value, TERM_DIGITS)})` : formatNumber(value, TERM_DIGITS));
const textResult = (value: number) => formatNumber(value, RESULT_DIGITS);

/** Σ a_k·b_k written out: "1\cdot0+0\cdot1" and "1 × 0 + 0 × 1". */
function products(left: readonly number[], right: readonly number[]): { tex: string; text: string } {
  return {
    tex: left.map((a, k) => `${texTerm(a)}\\cdot${texTerm(right[k]!)}`).join('+'),
    text: left.map((a, k) => `${textTerm(a)} × ${textTerm(right[k]!)}`).join(' + '),
  };
}

/** The formula of `cell` for the lab's current numbers, or undefined for a cell that does not exist. */
export function cellFormula(cell: CellRef, state: LabState, computation: LabComputation): CellFormula | undefined {
  const { row: i, column: c } = cell;
  const head = computation.heads[cell.head];
  const h = state.heads === 2 ? `^{(${cell.head + 1})}` : '';
  const hText = state.heads === 2 ? ` (head ${cell.head + 1})` : '';
  const at = (tex: string, text: string) => ({ tex: `${tex}_{${i + 1},${c + 1}}`, text: `${text}[${i + 1},${c + 1}]` });
  const projection = (letter: 'q' | 'k' | 'v', matrix: number[][], weightName: 'Q' | 'K' | 'V'): CellFormula | undefined => {
    const value = matrix[i]?.[c];
    if (value === undefined) return undefined;
    const weights = state.tables[weightTable(weightName, cell.head)];
    const x = computation.inputs[i]!;
    const column = x.map((_entry, m) => weights[m]![c]!);
    const sum = products(x, column);
    const name = at(`${letter}${h}`, `${letter}${hText}`);
    return {
      tex: `${name.tex}=\\sum_{m=1}^{${x.length}}x_{${i + 1},m}W^{${weightName}${state.heads === 2 ? `(${cell.head + 1})` : ''}}_{m,${c + 1}}=${sum.tex}=${texResult(value)}`,
      text: `${name.text} = ${sum.text} = ${textResult(value)}`,
    };
  };

  switch (cell.matrix) {
    case 'embeddings': {
      const value = computation.embeddings[i]?.[c];
      return value === undefined ? undefined : { tex: `${at('e', '').tex}=${texResult(value)}`, text: `e[${i + 1},${c + 1}] = ${textResult(value)}` };
    }
    case 'positions': {
      const value = computation.positions[i]?.[c];
      return value === undefined ? undefined : { tex: `${at('p', '').tex}=${texResult(value)}`, text: `p[${i + 1},${c + 1}] = ${textResult(value)}` };
    }
    case 'inputs': {
      const value = computation.inputs[i]?.[c];
      if (value === undefined) return undefined;
      const index = `_{${i + 1},${c + 1}}`;
      if (!state.positions) return { tex: `x${index}=e${index}=${texResult(value)}`, text: `x[${i + 1},${c + 1}] = e[${i + 1},${c + 1}] = ${textResult(value)}` };
      const e = computation.embeddings[i]![c]!;
      const p = computation.positions[i]![c]!;
      return {
        tex: `x${index}=e${index}+p${index}=${texTerm(e)}+${texTerm(p)}=${texResult(value)}`,
        text: `x[${i + 1},${c + 1}] = e + p = ${textTerm(e)} + ${textTerm(p)} = ${textResult(value)}`,
      };
    }
    case 'wq':
    case 'wk':
    case 'wv': {
      const letter = cell.matrix === 'wq' ? 'Q' : cell.matrix === 'wk' ? 'K' : 'V';
      const table = state.tables[weightTable(letter, cell.head)];
      if (i >= state.modelWidth || c >= state.keyWidth) return undefined;
      const value = table[i]![c]!;
      const name = `W^{${letter}${state.heads === 2 ? `(${cell.head + 1})` : ''}}_{${i + 1},${c + 1}}`;
      return { tex: `${name}=${texResult(value)}`, text: `W${letter}${hText}[${i + 1},${c + 1}] = ${textResult(value)}` };
    }
    case 'queries':
      return head && projection('q', head.queries, 'Q');
    case 'keys':
      return head && projection('k', head.keys, 'K');
    case 'values':
      return head && projection('v', head.values, 'V');
    case 'scores': {
      const value = head?.scores[i]?.[c];
      if (!head || value === undefined) return undefined;
      const sum = products(head.queries[i]!, head.keys[c]!);
      return {
        tex: `s${h}_{${i + 1},${c + 1}}=q_{${i + 1}}\\cdot k_{${c + 1}}=${sum.tex}=${texResult(value)}`,
        text: `s${hText}[${i + 1},${c + 1}] = q${i + 1} · k${c + 1} = ${sum.text} = ${textResult(value)}`,
      };
    }
    case 'scaled': {
      const value = head?.scaledScores[i]?.[c];
      if (!head || value === undefined) return undefined;
      const score = head.scores[i]![c]!;
      if (!state.scale) {
        return { tex: `z${h}_{${i + 1},${c + 1}}=s_{${i + 1},${c + 1}}=${texResult(value)}`, text: `z[${i + 1},${c + 1}] = s = ${textResult(value)} (not scaled)` };
      }
      return {
        tex: `z${h}_{${i + 1},${c + 1}}=\\dfrac{s_{${i + 1},${c + 1}}}{\\sqrt{d_k}}=\\dfrac{${texTerm(score)}}{\\sqrt{${state.keyWidth}}}=${texResult(value)}`,
        text: `z[${i + 1},${c + 1}] = s / √d_k = ${textTerm(score)} / √${state.keyWidth} = ${textResult(value)}`,
      };
    }
    case 'mask': {
      const value = head?.mask[i]?.[c];
      if (value === undefined) return undefined;
      if (!state.mask) return { tex: `M_{${i + 1},${c + 1}}=0`, text: `M[${i + 1},${c + 1}] = 0 (no mask)` };
      return c <= i
        ? { tex: `M_{${i + 1},${c + 1}}=0\\quad(j\\le i)`, text: `M[${i + 1},${c + 1}] = 0 (j ≤ i)` }
        : { tex: `M_{${i + 1},${c + 1}}=-\\infty\\quad(j>i)`, text: `M[${i + 1},${c + 1}] = −∞ (j > i)` };
    }
    case 'weights': {
      const value = head?.weights[i]?.[c];
      if (!head || value === undefined) return undefined;
      const scores = head.maskedScores[i]!;
      const visible = scores.map((z, l) => ({ z, l })).filter(({ z }) => Number.isFinite(z));
      const denominatorTex = visible.map(({ z }) => `e^{${texResult(z)}}`).join('+');
      const denominatorText = visible.map(({ z }) => `e^${textTerm(z)}`).join(' + ');
      const range = state.mask ? `l\\le ${i + 1}` : 'l';
      const numerator = Number.isFinite(scores[c]!) ? `e^{${texResult(scores[c]!)}}` : 'e^{-\\infty}';
      return {
        tex: `a${h}_{${i + 1},${c + 1}}=\\dfrac{e^{z_{${i + 1},${c + 1}}}}{\\sum_{${range}}e^{z_{${i + 1},l}}}=\\dfrac{${numerator}}{${denominatorTex}}=${texResult(value)}`,
        text: `a[${i + 1},${c + 1}] = ${Number.isFinite(scores[c]!) ? `e^${textTerm(scores[c]!)}` : 'e^−∞'} / (${denominatorText}) = ${textResult(value)}`,
      };
    }
    case 'entropy': {
      const value = head?.entropy[i];
      if (!head || value === undefined) return undefined;
      const positive = head.weights[i]!.filter((a) => a > 0);
      return {
        tex: `H${h}_{${i + 1}}=-\\sum_{j}a_{${i + 1},j}\\ln a_{${i + 1},j}=-(${positive.map((a) => `${texTerm(a)}\\ln ${texTerm(a)}`).join('+')})=${texResult(value)}`,
        text: `H[${i + 1}] = −(${positive.map((a) => `${textTerm(a)} × ln ${textTerm(a)}`).join(' + ')}) = ${textResult(value)} nats`,
      };
    }
    case 'output': {
      const value = head?.output[i]?.[c];
      if (!head || value === undefined) return undefined;
      const columns = head.weights[i]!.map((_a, j) => j).filter((j) => !state.mask || j <= i);
      const sum = products(columns.map((j) => head.weights[i]![j]!), columns.map((j) => head.values[j]![c]!));
      return {
        tex: `o${h}_{${i + 1},${c + 1}}=\\sum_{j}a_{${i + 1},j}v_{j,${c + 1}}=${sum.tex}=${texResult(value)}`,
        text: `o${hText}[${i + 1},${c + 1}] = ${sum.text} = ${textResult(value)}`,
      };
    }
    case 'concat': {
      const value = computation.concatenated?.[i]?.[c];
      if (value === undefined) return undefined;
      const fromHead = c < state.keyWidth ? 1 : 2;
      const column = fromHead === 1 ? c : c - state.keyWidth;
      return {
        tex: `\\operatorname{Concat}_{${i + 1},${c + 1}}=o^{(${fromHead})}_{${i + 1},${column + 1}}=${texResult(value)}`,
        text: `Concat[${i + 1},${c + 1}] = o (head ${fromHead})[${i + 1},${column + 1}] = ${textResult(value)}`,
      };
    }
    default:
      return undefined;
  }
}

/** The table behind W_Q, W_K or W_V of a head (0 or 1). */
function weightTable(letter: 'Q' | 'K' | 'V', head: number) {
  const name = letter === 'Q' ? 'wq' : letter === 'K' ? 'wk' : 'wv';
  return head === 1 ? (`${name}2` as const) : name;
}

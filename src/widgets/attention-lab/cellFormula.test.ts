import { describe, expect, it } from 'vitest';
import { RUNTIME_MATH_CHARACTERS } from '../../../scripts/katexFontSubset.mjs';
import { typeset } from '../../math-typesetting/typeset.ts';
import { type CellRef, cellFormula, MATRIX_IDS } from './cellFormula.ts';
import { computeLab } from './computeLab.ts';
import { type LabState, stateFromProps } from './labState.ts';
import { DEFAULT_PROPS } from './props.ts';

const state = stateFromProps(DEFAULT_PROPS);
const computation = computeLab(state);
const formula = (cell: CellRef, labState: LabState = state) => cellFormula(cell, labState, computeLab(labState));

describe('cell formulas of the worked example', () => {
  it('write out q_ate = x_ate · W_Q with the numbers', () => {
    expect(formula({ matrix: 'queries', head: 0, row: 1, column: 0 })).toEqual({
      tex: 'q_{2,1}=\\sum_{m=1}^{4}x_{2,m}W^{Q}_{m,1}=0\\cdot0+1\\cdot1+0\\cdot0+1\\cdot1=2',
      text: 'q[2,1] = 0 × 0 + 1 × 1 + 0 × 0 + 1 × 1 = 2',
    });
  });

  it('write out the score, its scaling, the mask, the weight and the output of fish', () => {
    expect(formula({ matrix: 'scores', head: 0, row: 2, column: 1 })?.text).toBe('s[3,2] = q3 · k2 = 1 × 1 + 1 × 2 = 3');
    expect(formula({ matrix: 'scaled', head: 0, row: 2, column: 1 })?.text).toBe('z[3,2] = s / √d_k = 3 / √2 = 2.12132');
    expect(formula({ matrix: 'mask', head: 0, row: 0, column: 2 })?.text).toBe('M[1,3] = −∞ (j > i)');
    expect(formula({ matrix: 'weights', head: 0, row: 2, column: 1 })?.text).toBe('a[3,2] = e^2.121 / (e^0.7071 + e^2.121 + e^1.414) = 0.575975');
    expect(formula({ matrix: 'weights', head: 0, row: 0, column: 1 })?.text).toBe('a[1,2] = e^−∞ / (e^0) = 0');
    expect(formula({ matrix: 'output', head: 0, row: 2, column: 0 })?.text).toBe('o[3,1] = 0.14 × 2 + 0.576 × 0 + 0.284 × 1 = 0.564054');
    expect(formula({ matrix: 'entropy', head: 0, row: 1, column: 0 })?.text).toBe('H[2] = −(0.5 × ln 0.5 + 0.5 × ln 0.5) = 0.693147 nats');
  });

  it('name the head and the positions when they are on', () => {
    const twoHeads = { ...state, heads: 2 as const, positions: true };
    expect(formula({ matrix: 'inputs', head: 0, row: 0, column: 1 }, twoHeads)?.text).toBe('x[1,2] = e + p = 0 + (-0.9) = -0.9');
    expect(formula({ matrix: 'wk', head: 1, row: 0, column: 0 }, twoHeads)?.tex).toMatch(/^W\^\{K\(2\)\}_\{1,1\}=/);
    expect(formula({ matrix: 'concat', head: 0, row: 0, column: 2 }, twoHeads)?.text).toMatch(/^Concat\[1,3\] = o \(head 2\)\[1,1\] = /);
    expect(formula({ matrix: 'scaled', head: 0, row: 0, column: 0 }, { ...state, scale: false })?.text).toBe('z[1,1] = s = 0 (not scaled)');
  });

  it('give nothing for a cell that does not exist', () => {
    expect(formula({ matrix: 'queries', head: 0, row: 3, column: 0 })).toBeUndefined();
    expect(formula({ matrix: 'wq', head: 0, row: 4, column: 0 })).toBeUndefined();
    expect(formula({ matrix: 'concat', head: 0, row: 0, column: 0 })).toBeUndefined();
  });
});

/** The characters KaTeX draws for `tex` (its HTML part, not the MathML), entities decoded. */
function drawnCharacters(tex: string): string[] {
  const html = typeset(tex, false)
    .replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  return [...html];
}

describe('every cell of a busy state', () => {
  // Eight tokens, d_k 5, two heads, positions on, mask off: every matrix the lab can show.
  const busy: LabState = { ...state, tokens: ['cat', 'ate', 'fish', 'dog', 'chased', 'mouse', 'saw', 'bird'], modelWidth: 8, keyWidth: 5, heads: 2, positions: true, mask: false };
  const busyComputation = computeLab(busy);
  const cells = MATRIX_IDS.flatMap((matrix) =>
    [0, 1].flatMap((head) => Array.from({ length: 8 }, (_r, row) => Array.from({ length: 10 }, (_c, column) => ({ matrix, head, row, column })))).flat(),
  );
  const formulas = cells.map((cell) => cellFormula(cell, busy, busyComputation)).filter((found) => found !== undefined);

  it('has a formula with finite numbers for every cell shown', () => {
    expect(formulas.length).toBeGreaterThan(600);
    expect(formulas.filter(({ tex, text }) => /NaN|Infinity|undefined|—/.test(tex + text))).toEqual([]);
  });

  it('typesets with only the characters the KaTeX font subset keeps (scripts/katexFontSubset.mjs)', () => {
    const allowed = new Set([...(RUNTIME_MATH_CHARACTERS as string), '\u200b', '\u00a0']);
    // Every kind of formula, in the first and last rows and columns: typesetting all 600 would take seconds.
    const sample = cells
      .filter(({ row, column }) => (row === 0 || row === 7) && (column === 0 || column === 4))
      .map((cell) => cellFormula(cell, busy, busyComputation))
      .filter((found) => found !== undefined);
    const missing = new Set(sample.flatMap(({ tex }) => drawnCharacters(tex).filter((character) => !allowed.has(character))));
    expect([...missing]).toEqual([]);
  });

  it('typesets the worked example without a KaTeX error', () => {
    const found = MATRIX_IDS.map((matrix) => cellFormula({ matrix, head: 0, row: 2, column: 0 }, state, computation)).filter((f) => f !== undefined);
    expect(found.length).toBeGreaterThan(10);
    expect(found.map(({ tex }) => typeset(tex, false)).filter((html) => html.includes('katex-error'))).toEqual([]);
  });
});

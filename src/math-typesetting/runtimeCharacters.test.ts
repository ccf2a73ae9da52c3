import { describe, expect, it } from 'vitest';
import { RUNTIME_MATH_CHARACTERS } from '../../scripts/katexFontSubset.mjs';
import { formatTex } from '../ui/formatNumber.ts';
import { SYMBOLIC_EQUATIONS } from '../widgets/adam-lab/substitutedEquations.ts';
import { probeFormulas } from '../widgets/gelu-lab/ProbeFormula.tsx';
import { typeset } from './typeset.ts';

/** The characters KaTeX draws for `tex` (its HTML part, not the MathML for screen readers), entities decoded. */
function drawnCharacters(tex: string): string {
  const html = typeset(tex, true)
    .replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/, '')
    .replace(/<[^>]*>/g, '');
  return html.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
}

// The build cuts KaTeX's fonts down to the characters of the prerendered pages plus RUNTIME_MATH_CHARACTERS
// (scripts/katexFontSubset.mjs). What widgets typeset in the browser, for any value, must be in that list, or the
// reader would see a fallback font's glyph in the middle of a formula.
describe('characters widgets typeset at run time', () => {
  const allowed = new Set([...(RUNTIME_MATH_CHARACTERS as string), '\u200b', '\u00a0']);
  /** The formula and the characters it draws that the fonts would lack (none, for the test to pass). */
  const outside = (tex: string) => ({ tex, missing: [...drawnCharacters(tex)].filter((character) => !allowed.has(character)) });
  const complete = (tex: string) => ({ tex, missing: [] });

  it('the GeLU probe’s formulas, for any x', () => {
    for (const x of [-1e6, -3.7, -1e-7, 0, 1, Math.SQRT2, 2.5e-5, 123456.789, 1e6]) {
      for (const tex of probeFormulas(x)) expect(outside(tex)).toEqual(complete(tex));
    }
  });

  it('Adam’s equations and the numbers put into them', () => {
    for (const tex of SYMBOLIC_EQUATIONS) expect(outside(tex)).toEqual(complete(tex));
    for (const value of [-0.001, 0, 1e-8, 3.14159, -12345.6, 1e12, Number.NaN, Number.POSITIVE_INFINITY]) {
      const tex = `x=${formatTex(value)}\\cdot${formatTex(value, { factor: true })}`;
      expect(outside(tex)).toEqual(complete(tex));
    }
  });

  it('the softmax lab’s loss line', () => {
    const tex = String.raw`\mathcal{L} = -\ln p_{3} = -\ln 0.1234 = 2.0923`;
    expect(outside(tex)).toEqual(complete(tex));
  });
});

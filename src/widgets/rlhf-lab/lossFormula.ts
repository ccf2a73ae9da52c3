/**
 * The reward model's loss as LaTeX, with the current numbers: the general form, the first pairs' terms, and the value.
 */
import type { BradleyTerryEvaluation } from '../../math/rlhf/bradleyTerry.ts';
import { formatTex } from '../../ui/formatNumber.ts';

/** Pair terms written out before the ellipsis; the last pair follows it. */
const TERMS_SHOWN = 2;

/** `evaluation` at weights with squared norm `normSquared`, for `l2` = λ, as a three-line aligned formula. */
export function lossTex(evaluation: BradleyTerryEvaluation, l2: number): string {
  const { margins, pairLoss, penalty, loss } = evaluation;
  const term = (margin: number) => `\\log\\sigma(${formatTex(margin, { digits: 3 })})`;
  const shown = margins.length <= TERMS_SHOWN + 1 ? margins.map(term) : [...margins.slice(0, TERMS_SHOWN).map(term), '\\dots', term(margins.at(-1)!)];
  const normSquared = l2 === 0 ? 0 : (2 * penalty) / l2;
  return [
    '\\begin{aligned}',
    `\\mathcal{L}(\\mathbf{w})&=-\\tfrac{1}{${margins.length}}\\textstyle\\sum\\log\\sigma(r_w-r_l)+\\tfrac{\\lambda}{2}\\lVert\\mathbf{w}\\rVert^2\\\\`,
    `&=-\\tfrac{1}{${margins.length}}\\left[${shown.join('+')}\\right]+\\tfrac{${formatTex(l2)}}{2}\\cdot${formatTex(normSquared, { digits: 4 })}\\\\`,
    `&=${formatTex(pairLoss, { digits: 4 })}+${formatTex(penalty, { digits: 4 })}=${formatTex(loss, { digits: 4 })}`,
    '\\end{aligned}',
  ].join('');
}

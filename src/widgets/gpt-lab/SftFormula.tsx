import { formatTex } from '../../ui/formatNumber.ts';
import { TypesetMath } from '../../ui/TypesetMath.tsx';
import type { GptLabStrings } from './strings.ts';

/** Props of the live SFT formula. */
export interface SftFormulaProps {
  /** The last fine-tuning batch's Σ m·(−log p) and Σ m, or null before any. */
  loss: { sum: number; count: number } | null;
  strings: GptLabStrings;
}

/**
 * Chapter 5's SFT loss with the last batch's numbers: the masked sum of −log p over the reply tokens, divided by how
 * many reply tokens there were.
 */
export function SftFormula({ loss, strings }: SftFormulaProps) {
  const general = String.raw`\mathcal L_{\mathrm{SFT}}=-\frac{\sum_t m_t\log p_\theta(s_t\mid s_{<t})}{\sum_t m_t}`;
  const tex = loss && loss.count > 0
    ? String.raw`${general}=\frac{${formatTex(loss.sum, { digits: 4 })}}{${formatTex(loss.count)}}=${formatTex(loss.sum / loss.count, { digits: 4 })}`
    : general;
  return (
    <figure className="gpt-lab__formula">
      <figcaption className="gpt-lab__formula-label">{strings.formulaLabel}</figcaption>
      <TypesetMath tex={tex} display as="div" testId="sft-formula" />
    </figure>
  );
}

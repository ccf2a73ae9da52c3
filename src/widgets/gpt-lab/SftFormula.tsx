import { formatFixed, formatNumber, formatTex } from '../../ui/formatNumber.ts';
import { LiveFormula } from './LiveFormula.tsx';
import type { GptLabStrings } from './strings.ts';

/** Props of the live SFT formula. */
export interface SftFormulaProps {
  /** The last fine-tuning batch's Σ m·(−log p) and Σ m, or null before any. */
  loss: { sum: number; count: number } | null;
  /** False while the tab is hidden: nothing is loaded for it. */
  active: boolean;
  strings: GptLabStrings;
}

/**
 * Chapter 5's SFT loss with the last batch's numbers: the masked sum of −log p over the reply tokens, divided by how
 * many reply tokens there were. Until KaTeX arrives the same numbers show as plain text.
 */
export function SftFormula({ loss, active, strings }: SftFormulaProps) {
  const general = String.raw`\mathcal L_{\mathrm{SFT}}=-\frac{\sum_t m_t\log p_\theta(s_t\mid s_{<t})}{\sum_t m_t}`;
  const known = loss !== null && loss.count > 0;
  const tex = known
    ? String.raw`${general}=\frac{${formatTex(loss.sum, { digits: 4 })}}{${formatTex(loss.count)}}=${formatTex(loss.sum / loss.count, { digits: 4 })}`
    : general;
  const plain = known ? `L_SFT = ${formatNumber(loss.sum, 4)} / ${formatNumber(loss.count)} = ${formatFixed(loss.sum / loss.count, 4)}` : 'L_SFT';
  return <LiveFormula tex={tex} plain={plain} label={strings.formulaLabel} active={active} testId="sft-formula" />;
}

import { memo } from 'react';
import { normalCdf, normalDensity } from '../../math/normal.ts';
import { gelu, geluDerivative } from '../../math/gelu.ts';
import { TypesetMath } from '../../ui/TypesetMath.tsx';
import { formatTex } from '../../ui/formatNumber.ts';
import { formatPositionTex } from './view.ts';

/**
 * GeLU(x) = x·Φ(x) and GeLU′(x) = Φ(x) + x·φ(x) written out with the probe's numbers, as LaTeX. The values come from
 * src/math, the same functions as the plot and the readouts, so the three always agree.
 */
export function probeFormulas(x: number): [gelu: string, derivative: string] {
  // The probe as typed (no trailing zeros); the values as the readouts show them (six digits, zeros kept).
  const argument = formatPositionTex(x);
  const factor = formatPositionTex(x, { factor: true });
  const cdf = formatTex(normalCdf(x), { keepZeros: true });
  const density = formatTex(normalDensity(x), { factor: true, keepZeros: true });
  const value = (y: number) => formatTex(y, { keepZeros: true });
  return [
    `\\operatorname{GeLU}(${argument})=${factor}\\cdot\\Phi(${argument})=${factor}\\cdot${cdf}=${value(gelu(x))}`,
    `\\operatorname{GeLU}'(${argument})=\\Phi(${argument})+${factor}\\,\\varphi(${argument})` +
      `=${cdf}+${factor}\\cdot${density}=${value(geluDerivative(x))}`,
  ];
}

/**
 * The probe's formulas, typeset by KaTeX (strict, untrusted) in the browser. They follow the probe just after the frame
 * that moves the plot and the readouts (see TypesetMath).
 */
export const ProbeFormula = memo(function ProbeFormula({ x }: { x: number }) {
  return (
    <div className="gelu-lab__formulas" data-testid="probe-formula">
      {probeFormulas(x).map((tex, index) => (
        <TypesetMath key={index} as="p" className="gelu-lab__formula" tex={tex} />
      ))}
    </div>
  );
});

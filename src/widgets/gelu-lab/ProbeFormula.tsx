import { memo } from 'react';
import { normalCdf, normalDensity } from '../../math/normal.ts';
import { gelu, geluDerivative } from '../../math/gelu.ts';
import { TypesetMath } from '../../ui/TypesetMath.tsx';
import { latexFactor, latexNumber } from './format.ts';

/**
 * GeLU(x) = x·Φ(x) and GeLU′(x) = Φ(x) + x·φ(x) written out with the probe's numbers, as LaTeX. The values come from
 * src/math, the same functions as the plot and the readouts, so the three always agree.
 */
export function probeFormulas(x: number): [gelu: string, derivative: string] {
  const argument = latexNumber(x, 6, true);
  const factor = latexFactor(x, 6, true);
  const cdf = latexNumber(normalCdf(x));
  const density = latexFactor(normalDensity(x));
  return [
    `\\operatorname{GeLU}(${argument})=${factor}\\cdot\\Phi(${argument})=${factor}\\cdot${cdf}=${latexNumber(gelu(x))}`,
    `\\operatorname{GeLU}'(${argument})=\\Phi(${argument})+${factor}\\,\\varphi(${argument})` +
      `=${cdf}+${factor}\\cdot${density}=${latexNumber(geluDerivative(x))}`,
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

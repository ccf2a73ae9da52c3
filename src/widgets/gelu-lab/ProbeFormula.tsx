import { renderToString } from 'katex';
import { useMemo } from 'react';
import { normalCdf, normalDensity } from '../../math/normal.ts';
import { gelu, geluDerivative } from '../../math/gelu.ts';
import { KATEX_OPTIONS } from '../../markdown/katexOptions.ts';
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

/** The probe's formulas, typeset by KaTeX (strict, untrusted) in the browser. */
export function ProbeFormula({ x }: { x: number }) {
  const html = useMemo(
    () => probeFormulas(x).map((tex) => renderToString(tex, { ...KATEX_OPTIONS, displayMode: false, throwOnError: true })),
    [x],
  );
  return (
    <div className="gelu-lab__formulas" data-testid="probe-formula">
      {html.map((markup, index) => (
        // KaTeX output from a formula we built from numbers: no user text reaches it, and trust is off.
        // eslint-disable-next-line react/no-danger
        <p key={index} className="gelu-lab__formula" dangerouslySetInnerHTML={{ __html: markup }} />
      ))}
    </div>
  );
}

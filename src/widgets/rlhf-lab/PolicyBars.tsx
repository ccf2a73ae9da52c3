import { memo } from 'react';
import { formatFixed } from '../../ui/formatNumber.ts';
import type { RlhfLabStrings } from './strings.ts';

/** Props of the probability bars. */
export interface PolicyBarsProps {
  ids: readonly string[];
  reference: readonly number[];
  policy: readonly number[];
  optimum: readonly number[];
  strings: RlhfLabStrings;
}

const SERIES = ['reference', 'policy', 'optimum'] as const;

/**
 * Three bars per reply: π_ref, the current π and π* for the current β, each with its value. Plain boxes sized in
 * percent (no SVG, no measuring): stepping changes only widths and text. A visually hidden sentence per reply reads
 * the same numbers.
 */
export const PolicyBars = memo(function PolicyBars({ ids, reference, policy, optimum, strings }: PolicyBarsProps) {
  const values = { reference, policy, optimum };
  return (
    <figure className="rlhf-lab__bars" data-testid="policy-bars">
      <figcaption>
        {strings.barsCaption}
        <span className="rlhf-lab__legend" aria-hidden="true">
          {SERIES.map((series) => (
            <span key={series} data-series={series}>
              <span className="rlhf-lab__swatch" /> {strings.seriesNames[series]}
            </span>
          ))}
        </span>
      </figcaption>
      {ids.map((id, k) => (
        <div key={id} className="rlhf-lab__bar-row" data-testid={`bars-${id}`}>
          <span className="rlhf-lab__bar-id" aria-hidden="true">
            {id}
          </span>
          <span className="visually-hidden">
            {strings.barsRow(id, formatFixed(reference[k]!, 3), formatFixed(policy[k]!, 3), formatFixed(optimum[k]!, 3))}
          </span>
          <span className="rlhf-lab__bar-group" aria-hidden="true">
            {SERIES.map((series) => {
              const value = values[series][k]!;
              return (
                <span key={series} className="rlhf-lab__bar" data-series={series}>
                  <span className="rlhf-lab__bar-track">
                    <span className="rlhf-lab__bar-fill" style={{ width: `${(Math.min(Math.max(value, 0), 1) * 100).toFixed(2)}%` }} />
                  </span>
                  <span className="rlhf-lab__bar-value" data-testid={`p-${series}-${id}`}>
                    {formatFixed(value, 3)}
                  </span>
                </span>
              );
            })}
          </span>
        </div>
      ))}
    </figure>
  );
});

import { memo } from 'react';
import type { SamplingStages } from '../../math/sampling.ts';
import { formatFixed, formatNumber } from '../../ui/formatNumber.ts';
import type { SamplingLabStrings } from './strings.ts';

/** Props of the stage table. */
export interface StageTableProps {
  labels: readonly string[];
  logits: readonly number[];
  stages: SamplingStages;
  strings: SamplingLabStrings;
}

const STAGES = ['probabilities', 'afterTopK', 'final'] as const;

/**
 * Every candidate's probability at each stage: softmax at the temperature, after top-k (renormalised), after top-p
 * (renormalised). A filtered-out candidate shows 0, dimmed. The table may scroll sideways on a narrow phone, so its
 * wrapper is a labelled region with a tab stop (axe: scrollable-region-focusable).
 */
export const StageTable = memo(function StageTable({ labels, logits, stages, strings }: StageTableProps) {
  const headers = strings.stageHeaders;
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <section className="sampling-lab__table-scroll" tabIndex={0} aria-label={strings.stagesCaption}>
      <table className="sampling-lab__table">
        <caption>{strings.stagesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{headers.token}</th>
            <th scope="col">{headers.logit}</th>
            <th scope="col">{headers.temperature}</th>
            <th scope="col">{headers.topK}</th>
            <th scope="col">{headers.topP}</th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label, index) => (
            <tr key={index}>
              <th scope="row">{label}</th>
              <td>{formatNumber(logits[index]!, 4)}</td>
              {STAGES.map((stage) => {
                const value = stages[stage][index]!;
                return (
                  <td key={stage} data-testid={`stage-${stage}-${index}`} data-zero={value === 0 ? '' : undefined}>
                    {formatFixed(value, 3)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
});

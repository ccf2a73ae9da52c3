import { memo } from 'react';
import type { SamplingStages } from '../../math/sampling.ts';
import { formatFixed } from '../../ui/formatNumber.ts';
import type { SamplingLabStrings } from './strings.ts';

/** Props of the stage table. */
export interface StageTableProps {
  labels: readonly string[];
  stages: SamplingStages;
  strings: SamplingLabStrings;
}

const STAGES = ['probabilities', 'afterTopK', 'final'] as const;

/**
 * Every candidate's probability at each stage: softmax at the temperature, after top-k (renormalised), after top-p
 * (renormalised). A filtered-out candidate shows 0, dimmed. Four narrow columns fit a 320 px phone (the logits are in
 * the fields above), so the table never needs to scroll.
 */
export const StageTable = memo(function StageTable({ labels, stages, strings }: StageTableProps) {
  const headers = strings.stageHeaders;
  return (
    <table className="sampling-lab__table">
      <caption>{strings.stagesCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{headers.token}</th>
          <th scope="col">{headers.temperature}</th>
          <th scope="col">{headers.topK}</th>
          <th scope="col">{headers.topP}</th>
        </tr>
      </thead>
      <tbody>
        {labels.map((label, index) => (
          <tr key={index}>
            <th scope="row">{label}</th>
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
  );
});

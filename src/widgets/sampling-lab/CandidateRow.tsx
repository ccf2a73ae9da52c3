import { memo, useCallback } from 'react';
import { formatCount, formatFixed } from '../../ui/formatNumber.ts';
import { NumberField } from '../../ui/NumberField.tsx';
import { LIMITS } from './props.ts';
import type { SamplingLabStrings } from './strings.ts';

/** Props of one candidate's row. */
export interface CandidateRowProps {
  index: number;
  label: string;
  logit: number;
  /** Its probability after every filter, renormalised. */
  probability: number;
  kept: boolean;
  /** Whether the latest draw picked it. */
  isLast: boolean;
  /** How often it was drawn, and out of how many draws. */
  count: number;
  draws: number;
  strings: SamplingLabStrings;
  onLogit: (index: number, value: number) => void;
}

/** The slider covers ±5; typing reaches ±10 (LIMITS.logit). */
const SLIDER_LOGIT = 5;

/**
 * One candidate: its logit control, a bar of its final probability and a bar of its share of the draws, side by side
 * so that the two can be compared. Memoised: a draw changes counts, not logits, and a drag changes one row's control.
 */
export const CandidateRow = memo(function CandidateRow({ index, label, logit, probability, kept, isLast, count, draws, strings, onLogit }: CandidateRowProps) {
  const onChange = useCallback((value: number) => onLogit(index, value), [onLogit, index]);
  const share = draws > 0 ? count / draws : 0;
  return (
    <div className="sampling-lab__candidate" data-kept={kept ? '' : undefined} data-last={isLast ? '' : undefined}>
      <NumberField
        label={strings.logitLabel(label)}
        value={logit}
        min={-SLIDER_LOGIT}
        max={SLIDER_LOGIT}
        step={0.1}
        hardMin={LIMITS.logit.min}
        hardMax={LIMITS.logit.max}
        refuse={strings.refuse}
        onChange={onChange}
        testId={`logit-${index}`}
      />
      <div className="sampling-lab__bar" data-series="probability">
        <span className="sampling-lab__bar-name">{strings.probabilityLabel}</span>
        <span className="sampling-lab__track" aria-hidden="true">
          <span className="sampling-lab__fill" style={{ width: `${(probability * 100).toFixed(2)}%` }} />
        </span>
        <span className="sampling-lab__value" data-testid={`sampling-p-${index}`}>
          {kept ? formatFixed(probability, 3) : strings.dropped}
        </span>
      </div>
      <div className="sampling-lab__bar" data-series="samples">
        <span className="sampling-lab__bar-name">{strings.samplesLabel}</span>
        <span className="sampling-lab__track" aria-hidden="true">
          <span className="sampling-lab__fill" style={{ width: `${(share * 100).toFixed(2)}%` }} />
        </span>
        <span className="sampling-lab__value">
          <span data-testid={`sampling-share-${index}`}>{draws > 0 ? formatFixed(share, 3) : '–'}</span>{' '}
          <span className="sampling-lab__count">
            (<span data-testid={`sampling-count-${index}`}>{formatCount(count)}</span>)
          </span>
        </span>
      </div>
      {isLast ? <span className="visually-hidden">{strings.lastDrawBadge}</span> : null}
    </div>
  );
});

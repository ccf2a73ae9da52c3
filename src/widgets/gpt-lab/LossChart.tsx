import { memo, useId } from 'react';
import { formatFixed, formatNumber } from '../../ui/formatNumber.ts';
import type { GptLabStrings } from './strings.ts';

/** Props of a loss chart. */
export interface LossChartProps {
  /** [step, loss] of the training curve. */
  train: readonly (readonly [number, number])[];
  /** [step, loss] of the validation curve. */
  validation: readonly (readonly [number, number])[];
  /** Steps planned: the x axis runs to it. */
  total: number;
  /** The stage's name, for the label. */
  stageName: string;
  strings: GptLabStrings;
  /** Drawing width in CSS pixels. */
  width: number;
}

const HEIGHT = 180;
const MARGIN = { left: 40, right: 16, top: 10, bottom: 28 }; // right: half of the widest step label ("2000"), centred on the last tick

/**
 * Training and validation loss against the step, in nats per token. The y axis starts at 0 and ends just above the
 * highest loss (at least 1), so a fall shows at its true scale. A text summary carries the same numbers for screen
 * readers.
 */
export const LossChart = memo(function LossChart({ train, validation, total, stageName, strings, width }: LossChartProps) {
  const summaryId = useId();
  const innerWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const top = Math.max(1, ...train.map(([, loss]) => loss), ...validation.map(([, loss]) => loss));
  const yMax = Math.ceil(top);
  const x = (step: number) => MARGIN.left + (step / Math.max(1, total)) * innerWidth;
  const y = (loss: number) => MARGIN.top + innerHeight * (1 - Math.min(loss, yMax) / yMax);
  const path = (points: readonly (readonly [number, number])[]) =>
    points.map(([step, loss], index) => `${index === 0 ? 'M' : 'L'}${x(step).toFixed(1)},${y(loss).toFixed(1)}`).join('');
  const yTicks = Array.from({ length: yMax + 1 }, (_, index) => index).filter((tick) => yMax <= 6 || tick % 2 === 0);
  const xTicks = [0, 0.25, 0.5, 0.75, 1].map((share) => Math.round(share * total));
  const summary = strings.chartSummary(
    String(train.length),
    train.length > 0 ? formatFixed(train[0]![1], 3) : '—',
    train.length > 0 ? formatFixed(train.at(-1)![1], 3) : '—',
    validation.length > 0 ? formatFixed(validation.at(-1)![1], 3) : '—',
  );
  return (
    <figure className="gpt-lab__chart">
      <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={strings.chartLabel(stageName)} aria-describedby={summaryId}>
        <rect className="gpt-lab__frame" x={MARGIN.left} y={MARGIN.top} width={innerWidth} height={innerHeight} />
        {yTicks.map((tick) => (
          <g key={`y${tick}`}>
            <line className="gpt-lab__grid" x1={MARGIN.left} x2={MARGIN.left + innerWidth} y1={y(tick)} y2={y(tick)} />
            <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end">{tick}</text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <text key={`x${tick}`} x={x(tick)} y={HEIGHT - 12} textAnchor="middle">{formatNumber(tick)}</text>
        ))}
        <text x={MARGIN.left + innerWidth} y={HEIGHT - 1} textAnchor="end">{strings.stepAxis}</text>
        <text x={MARGIN.left + 4} y={MARGIN.top + 12}>{strings.lossAxis}</text>
        <path className="gpt-lab__line gpt-lab__line--train" d={path(train)} />
        <path className="gpt-lab__line gpt-lab__line--validation" d={path(validation)} />
        {validation.map(([step, loss]) => (
          <circle key={step} className="gpt-lab__dot" cx={x(step)} cy={y(loss)} r={2.5} />
        ))}
      </svg>
      <figcaption className="gpt-lab__legend">
        <span className="gpt-lab__key gpt-lab__key--train">{strings.legendTrain}</span>
        <span className="gpt-lab__key gpt-lab__key--validation">{strings.legendValidation}</span>
        <span id={summaryId} className="visually-hidden">{summary}</span>
      </figcaption>
    </figure>
  );
});

import { memo, useId } from 'react';
import { formatFixed, formatNumber, formatPercent } from '../../ui/formatNumber.ts';
import type { RlhfStrings } from './rlhfStrings.ts';

/** Props of PPO's metrics chart. */
export interface MetricsChartProps {
  /** [iteration, mean score, mean KL, fraction clipped, β, share ending in the mark], as the session records them. */
  points: readonly (readonly [number, number, number, number, number, number])[];
  /** Iterations planned: the x axis runs to it. */
  total: number;
  /** The mark the reward model over-rates. */
  mark: string;
  rlhf: RlhfStrings;
  /** Drawing width in CSS pixels. */
  width: number;
}

const ROW_HEIGHT = 62;
const GAP = 8;
const MARGIN = { left: 44, right: 10, top: 4, bottom: 24 };

/**
 * Three small charts over the same iterations, one above the other: the mean score the reward model gives, the KL to
 * the fine-tuned model (nats per reply, from 0), and the share of replies ending in the over-rated mark (0 to 1).
 * Read together they tell improvement from hacking: a score that climbs while the KL and the mark's share shoot up is
 * the policy exploiting the reward model. A text summary carries the latest numbers for screen readers.
 */
export const MetricsChart = memo(function MetricsChart({ points, total, mark, rlhf, width }: MetricsChartProps) {
  const summaryId = useId();
  const innerWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const height = MARGIN.top + 3 * ROW_HEIGHT + 2 * GAP + MARGIN.bottom;
  const x = (iteration: number) => MARGIN.left + (iteration / Math.max(1, total)) * innerWidth;
  const scores = points.map((point) => point[1]);
  const rows = [
    { name: rlhf.meanScore, values: scores, low: Math.min(0, ...scores), high: Math.max(1, ...scores), format: (value: number) => formatFixed(value, 1), series: 1 },
    { name: rlhf.kl, values: points.map((point) => point[2]), low: 0, high: Math.max(1, ...points.map((point) => point[2])), format: (value: number) => formatNumber(value, 2), series: 2 },
    { name: rlhf.marked(mark), values: points.map((point) => point[5]), low: 0, high: 1, format: (value: number) => formatPercent(value, 0), series: 3 },
  ];
  const last = points.at(-1);
  const summary = rlhf.metricsSummary(
    formatNumber(points.length),
    last ? formatFixed(last[1], 2) : '—',
    last ? formatNumber(last[2], 3) : '—',
    last ? formatPercent(last[5], 0) : '—',
    mark,
  );
  return (
    <figure className="gpt-lab__chart">
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={rlhf.metricsLabel} aria-describedby={summaryId} data-testid="ppo-chart">
        {rows.map((row, index) => {
          const top = MARGIN.top + index * (ROW_HEIGHT + GAP);
          const y = (value: number) => top + ROW_HEIGHT * (1 - (value - row.low) / Math.max(1e-9, row.high - row.low));
          const path = row.values.map((value, k) => `${k === 0 ? 'M' : 'L'}${x(points[k]![0]).toFixed(1)},${y(value).toFixed(1)}`).join('');
          return (
            <g key={row.name}>
              <rect className="gpt-lab__frame" x={MARGIN.left} y={top} width={innerWidth} height={ROW_HEIGHT} />
              {row.low < 0 ? <line className="gpt-lab__grid" x1={MARGIN.left} x2={MARGIN.left + innerWidth} y1={y(0)} y2={y(0)} /> : null}
              <text x={MARGIN.left - 4} y={top + 9} textAnchor="end">{row.format(row.high)}</text>
              <text x={MARGIN.left - 4} y={top + ROW_HEIGHT} textAnchor="end">{row.format(row.low)}</text>
              <text x={MARGIN.left + 4} y={top + 11}>{row.name}</text>
              <path className={`gpt-lab__line gpt-lab__line--series-${row.series}`} d={path} />
              {row.values.length === 1 ? <circle className={`gpt-lab__dot gpt-lab__dot--series-${row.series}`} cx={x(points[0]![0])} cy={y(row.values[0]!)} r={2.5} /> : null}
            </g>
          );
        })}
        {[0, 0.5, 1].map((share) => Math.round(share * total)).map((tick) => (
          <text key={tick} x={x(tick)} y={height - 10} textAnchor="middle">{formatNumber(tick)}</text>
        ))}
        <text x={MARGIN.left + innerWidth} y={height - 1} textAnchor="end">{rlhf.iterationAxis}</text>
      </svg>
      <figcaption id={summaryId} className="visually-hidden">{summary}</figcaption>
    </figure>
  );
});

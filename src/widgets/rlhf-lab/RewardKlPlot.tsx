import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { memo, useMemo } from 'react';
import { formatNumber } from '../../ui/formatNumber.ts';
import type { RlhfLabStrings } from './strings.ts';

/** One point of a reward-against-KL curve. */
export interface CurvePoint {
  kl: number;
  reward: number;
}

/** Props of the reward-against-KL plot. */
export interface RewardKlPlotProps {
  width: number;
  /** The run's whole path (every iteration it will reach), which fixes the axes; drawn up to `step`. */
  fitted: readonly CurvePoint[];
  truth: readonly CurvePoint[];
  /** The best reward reachable at each KL: π* for a range of β (for the reward being optimised). */
  frontier: readonly CurvePoint[];
  step: number;
  strings: RlhfLabStrings;
  description: string;
}

/** Height of the plot in CSS px, and its margins. */
export const CURVE_HEIGHT = 210;
const MARGIN = { top: 12, right: 12, bottom: 30, left: 44 };

/**
 * The expected reward (reward model and true preference) against KL(π‖π_ref), one point per iteration up to the
 * current one, beside the frontier of what any policy can reach at each KL. The axes cover the whole run, so they stay
 * still while the reader steps. The picture is summarised in words for screen readers (`description`).
 */
export const RewardKlPlot = memo(function RewardKlPlot({ width, fitted, truth, frontier, step, strings, description }: RewardKlPlotProps) {
  const scales = useMemo(() => {
    const kls = [...fitted, ...truth].map((point) => point.kl);
    const maxKl = Math.max(0.05, ...kls) * 1.08;
    const visibleFrontier = frontier.filter((point) => point.kl <= maxKl);
    const rewards = [...fitted, ...truth, ...visibleFrontier].map((point) => point.reward);
    const low = Math.min(0, ...rewards);
    const high = Math.max(0, ...rewards);
    const pad = Math.max(0.05, (high - low) * 0.08);
    return {
      x: scaleLinear().domain([0, maxKl]).range([MARGIN.left, width - MARGIN.right]),
      y: scaleLinear().domain([low - pad, high + pad]).range([CURVE_HEIGHT - MARGIN.bottom, MARGIN.top]).nice(),
      frontier: visibleFrontier,
    };
  }, [fitted, truth, frontier, width]);
  const { x, y } = scales;
  const path = line<CurvePoint>().x((point) => x(point.kl)).y((point) => y(point.reward));
  const fittedNow = fitted[Math.min(step, fitted.length - 1)]!;
  const truthNow = truth[Math.min(step, truth.length - 1)]!;
  const [left, right] = x.range() as [number, number];
  const [bottom, top] = y.range() as [number, number];
  return (
    <figure className="rlhf-lab__plot" data-testid="reward-kl-plot">
      <figcaption>{strings.curveTitle}</figcaption>
      <svg width={width} height={CURVE_HEIGHT} viewBox={`0 0 ${width} ${CURVE_HEIGHT}`} aria-hidden="true">
        <rect className="rlhf-lab__frame" x={left} y={top} width={right - left} height={bottom - top} />
        {y.ticks(4).map((tick) => (
          <g key={`y${tick}`} className="rlhf-lab__grid">
            <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} />
            <text x={left - 5} y={y(tick) + 4} textAnchor="end">{formatNumber(tick, 3)}</text>
          </g>
        ))}
        {x.ticks(4).map((tick) => (
          <text key={`x${tick}`} x={x(tick)} y={bottom + 14} textAnchor="middle">{formatNumber(tick, 3)}</text>
        ))}
        <text className="rlhf-lab__axis-title" x={right} y={bottom + 27} textAnchor="end">{strings.curveAxes.kl}</text>
        <text className="rlhf-lab__axis-title" x={left + 4} y={top + 12}>{strings.curveAxes.reward}</text>
        <path className="rlhf-lab__frontier" d={path(scales.frontier) ?? ''} />
        <path className="rlhf-lab__curve" data-series="truth" d={path(truth.slice(0, step + 1)) ?? ''} />
        <path className="rlhf-lab__curve" data-series="fitted" d={path(fitted.slice(0, step + 1)) ?? ''} />
        <circle className="rlhf-lab__dot" data-series="truth" cx={x(truthNow.kl)} cy={y(truthNow.reward)} r={4} />
        <circle className="rlhf-lab__dot" data-series="fitted" cx={x(fittedNow.kl)} cy={y(fittedNow.reward)} r={4} />
      </svg>
      <p className="rlhf-lab__legend" aria-hidden="true">
        {(['fitted', 'truth', 'frontier'] as const).map((series) => (
          <span key={series} data-series={series}>
            <span className="rlhf-lab__swatch rlhf-lab__swatch--line" /> {strings.curveSeries[series]}
          </span>
        ))}
      </p>
      <p className="visually-hidden">{description}</p>
    </figure>
  );
});

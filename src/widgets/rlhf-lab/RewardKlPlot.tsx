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
  /** The path so far, one point per iteration up to the current one. */
  fitted: readonly CurvePoint[];
  truth: readonly CurvePoint[];
  /** The best reward reachable at each KL: π* for a range of β (for the reward being optimised). */
  frontier: readonly CurvePoint[];
  /** KL(π*‖π_ref) for the current β: where the path is heading, which sizes the KL axis ahead of it. */
  optimumKl: number;
  strings: RlhfLabStrings;
  description: string;
}

/** Height of the plot in CSS px, and its margins. */
export const CURVE_HEIGHT = 210;
const MARGIN = { top: 12, right: 12, bottom: 30, left: 44 };

/** How far past KL(π*) the KL axis reaches, so that a path that overshoots a little stays inside. */
const KL_HEADROOM = 1.25;

/**
 * The expected reward (reward model and true preference) against KL(π‖π_ref), one point per iteration up to the
 * current one, beside the frontier of what any policy can reach at each KL. The KL axis reaches past π*, where the
 * path is heading, so that it stays still while the reader steps (it grows only if a path overshoots that far). The
 * picture is summarised in words for screen readers (`description`).
 */
export const RewardKlPlot = memo(function RewardKlPlot({ width, fitted, truth, frontier, optimumKl, strings, description }: RewardKlPlotProps) {
  const pathKl = fitted.reduce((most, point) => Math.max(most, point.kl), 0);
  const maxKl = Math.max(0.05, optimumKl * KL_HEADROOM, pathKl * 1.08);
  const scales = useMemo(() => {
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
  }, [fitted, truth, frontier, width, maxKl]);
  const { x, y } = scales;
  const path = line<CurvePoint>().x((point) => x(point.kl)).y((point) => y(point.reward));
  const fittedNow = fitted.at(-1)!;
  const truthNow = truth.at(-1)!;
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
        <path className="rlhf-lab__curve" data-series="truth" d={path(truth) ?? ''} />
        <path className="rlhf-lab__curve" data-series="fitted" d={path(fitted) ?? ''} />
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

import { scaleLinear } from 'd3-scale';
import { memo, useId, useMemo } from 'react';
import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { Surface } from '../../math/surfaces/surface.ts';
import { formatPowerOfTen } from '../../ui/formatNumber.ts';
import { type Frame, frameOf } from './geometry.ts';
import { type LossScale, lossScale } from './lossScale.ts';
import { byKind, bySelectedKind, rowAt, type Runs } from './runs.ts';
import type { AdamLabStrings } from './strings.ts';
import { prefixPath } from './prefixPath.ts';
import { crossPath, type ProjectedRuns, type RunPaths } from './Trajectories.tsx';

/** Props of the loss-by-step chart. */
export interface LossChartProps {
  surface: Surface;
  runs: Runs;
  optimizers: readonly OptimizerKind[];
  step: number;
  steps: number;
  size: { width: number; height: number };
  strings: AdamLabStrings;
}

/** The still part: frame, ticks and every run's whole loss curve, faint. Redrawn when a run changes. */
const LossBackground = memo(function LossBackground(props: {
  size: { width: number; height: number };
  frame: Frame;
  scale: LossScale;
  paths: RunPaths;
  optimizers: readonly OptimizerKind[];
  steps: number;
}) {
  const { size, frame, scale, paths, optimizers, steps } = props;
  const clipId = `adam-loss-back-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const x = scaleLinear().domain([0, steps]).range([frame.left, frame.right]);
  return (
    <svg className="adam-lab__plot-layer" width={size.width} height={size.height} viewBox={`0 0 ${size.width} ${size.height}`} aria-hidden="true">
      <defs>
        <clipPath id={clipId}>
          <rect x={frame.left} y={frame.top - 2} width={frame.right - frame.left} height={frame.bottom - frame.top + 4} />
        </clipPath>
      </defs>
      <rect className="adam-lab__frame" x={frame.left} y={frame.top} width={frame.right - frame.left} height={frame.bottom - frame.top} />
      <g className="adam-lab__grid">
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={frame.left} x2={frame.right} y1={scale.y(tick)} y2={scale.y(tick)} />
            <text x={frame.left - 5} y={scale.y(tick) + 4} textAnchor="end">
              {formatPowerOfTen(tick)}
            </text>
          </g>
        ))}
        {x.ticks(4).map((tick) => (
          // The last label ends at the frame's edge instead of spilling past the SVG.
          <text key={tick} x={x(tick)} y={frame.bottom + 15} textAnchor={tick === steps ? 'end' : 'middle'}>
            {tick}
          </text>
        ))}
      </g>
      {optimizers.map((kind) => (
        <g key={kind} data-optimizer={kind} className="adam-lab__series">
          <path className="adam-lab__path adam-lab__path--ahead" clipPath={`url(#${clipId})`} d={paths[kind].through(Number.POSITIVE_INFINITY)} />
        </g>
      ))}
    </svg>
  );
});

/**
 * The loss of each switched-on optimizer against the step: bold up to step t, faint beyond (where it is going), with a
 * cursor at t. The axes cover every step, so they stay still while the reader steps or plays. Decorative for
 * assistive technology: the table and the live summary carry the same numbers.
 */
export function LossChart({ surface, runs, optimizers, step, steps, size, strings }: LossChartProps) {
  const clipId = `adam-loss-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const frame = useMemo(() => frameOf(size), [size]);
  const scale = useMemo(() => lossScale(surface, runs, optimizers, [frame.bottom, frame.top]), [surface, runs, optimizers, frame]);
  const x = useMemo(() => scaleLinear().domain([0, steps]).range([frame.left, frame.right]), [steps, frame]);
  const points = useMemo(
    (): ProjectedRuns =>
      bySelectedKind(
        optimizers,
        (kind) => Array.from(runs[kind].loss.subarray(0, runs[kind].length), (loss, t): [number, number] => [x(t), scale.y(scale.valueOf(loss))]),
        [],
      ),
    [runs, x, scale, optimizers],
  );
  const paths = useMemo((): RunPaths => byKind((kind) => prefixPath(points[kind])), [points]);
  return (
    <div className="adam-lab__loss" style={{ width: size.width, height: size.height }} aria-hidden="true">
      <LossBackground size={size} frame={frame} scale={scale} paths={paths} optimizers={optimizers} steps={steps} />
      <svg className="adam-lab__plot-layer adam-lab__plot-overlay" width={size.width} height={size.height} viewBox={`0 0 ${size.width} ${size.height}`}>
        <defs>
          <clipPath id={clipId}>
            <rect x={frame.left} y={frame.top - 2} width={frame.right - frame.left} height={frame.bottom - frame.top + 4} />
          </clipPath>
        </defs>
        <line className="adam-lab__cursor" x1={x(step)} x2={x(step)} y1={frame.top} y2={frame.bottom} />
        {optimizers.map((kind) => {
          const { row, stopped } = rowAt(runs[kind], step);
          return (
            <g key={kind} data-optimizer={kind} className="adam-lab__series">
              <path className="adam-lab__path" clipPath={`url(#${clipId})`} d={paths[kind].through(row + 1)} />
              {stopped ? <path className="adam-lab__cross" d={crossPath(points[kind][row]!, 4)} /> : null}
            </g>
          );
        })}
        {/* Axis titles on top of the lines, so a line passing underneath never hides them. */}
        <text className="adam-lab__axis-title" x={frame.left + 4} y={frame.top + 12}>
          {scale.kind === 'gap' ? strings.lossAxis.gap : strings.lossAxis.value}
        </text>
        <text className="adam-lab__axis-title" x={frame.right - 4} y={frame.bottom - 5} textAnchor="end">
          {strings.stepAxis}
        </text>
      </svg>
    </div>
  );
}

import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useId, useMemo } from 'react';
import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { Surface } from '../../math/surfaces/surface.ts';
import { formatNumber } from './format.ts';
import { frameOf } from './geometry.ts';
import { lossScale } from './lossScale.ts';
import { positionAt, type Runs } from './runs.ts';
import type { AdamLabStrings } from './strings.ts';
import { crossPath } from './Trajectories.tsx';

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

const lineOf = line();

/**
 * The loss of each switched-on optimizer against the step, up to step t, with a cursor at t. The axes cover every
 * step from the start, so they stay still while the reader steps or plays. Decorative for assistive technology: the
 * table and the live summary carry the same numbers.
 */
export function LossChart({ surface, runs, optimizers, step, steps, size, strings }: LossChartProps) {
  const clipId = `adam-loss-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const frame = frameOf(size);
  const x = useMemo(() => scaleLinear().domain([0, steps]).range([frame.left, frame.right]), [steps, frame.left, frame.right]);
  const scale = useMemo(
    () => lossScale(surface, runs, optimizers, [frame.bottom, frame.top]),
    [surface, runs, optimizers, frame.bottom, frame.top],
  );
  return (
    <svg className="adam-lab__loss" width={size.width} height={size.height} viewBox={`0 0 ${size.width} ${size.height}`} aria-hidden="true">
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
              {formatNumber(tick, 2)}
            </text>
          </g>
        ))}
        {x.ticks(4).map((tick) => (
          <text key={tick} x={x(tick)} y={frame.bottom + 15} textAnchor="middle">
            {tick}
          </text>
        ))}
        <text className="adam-lab__axis-title" x={frame.left + 4} y={frame.top + 12}>
          {scale.kind === 'gap' ? strings.lossAxis.gap : strings.lossAxis.value}
        </text>
        <text className="adam-lab__axis-title" x={frame.right - 4} y={frame.bottom - 5} textAnchor="end">
          {strings.stepAxis}
        </text>
      </g>
      <line className="adam-lab__cursor" x1={x(step)} x2={x(step)} y1={frame.top} y2={frame.bottom} />
      {optimizers.map((kind) => {
        const run = runs[kind];
        const { record, stopped } = positionAt(run, step);
        const points = run.records
          .slice(0, record.step + 1)
          .map((entry): [number, number] => [x(entry.step), scale.y(scale.valueOf(entry))]);
        const last = points.at(-1)!;
        return (
          <g key={kind} data-optimizer={kind} className="adam-lab__series">
            <path className="adam-lab__path" clipPath={`url(#${clipId})`} d={lineOf(points) ?? ''} />
            {stopped ? <path className="adam-lab__cross" d={crossPath(last, 4)} /> : null}
          </g>
        );
      })}
    </svg>
  );
}

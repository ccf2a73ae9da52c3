import { line } from 'd3-shape';
import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { Projection } from './geometry.ts';
import type { Runs } from './runs.ts';
import { positionAt } from './runs.ts';

/** Up to this step every iterate gets a dot, so the reader sees the step lengths; beyond it only the line. */
export const DOTS_UP_TO_STEP = 150;
const DOT_RADIUS = 2;
const CURRENT_RADIUS = 5;
const CROSS_HALF = 6;

/** One path of tiny circles: far cheaper for the browser than one element per dot. */
function dotsPath(points: readonly [number, number][], radius: number): string {
  return points
    .map(([x, y]) => `M${(x - radius).toFixed(1)},${y.toFixed(1)}a${radius},${radius} 0 1,0 ${2 * radius},0a${radius},${radius} 0 1,0 ${-2 * radius},0`)
    .join('');
}

/** An ✕ centred on a point: where a diverging path was stopped. */
export function crossPath([x, y]: readonly [number, number], half = CROSS_HALF): string {
  return `M${x - half},${y - half}L${x + half},${y + half}M${x - half},${y + half}L${x + half},${y - half}`;
}

/** Keeps a marker inside the frame (a diverged point may be far outside), so the reader always sees it. */
function insideFrame([x, y]: [number, number], box: { left: number; top: number; right: number; bottom: number }): [number, number] {
  return [Math.min(box.right, Math.max(box.left, x)), Math.min(box.bottom, Math.max(box.top, y))];
}

/** Props of the paths drawn over a surface. */
export interface TrajectoriesProps {
  runs: Runs;
  optimizers: readonly OptimizerKind[];
  step: number;
  projection: Projection;
  frame: { left: number; top: number; right: number; bottom: number };
  /** Id of the clip path that keeps lines inside the data area. */
  clipId: string;
}

const pathOf = line();

/**
 * Each switched-on optimizer's path up to step t in its own colour and dash: a line through the iterates, a dot per
 * iterate (while there are few), a ring at θ_t, and an ✕ where a diverging run was stopped.
 */
export function Trajectories({ runs, optimizers, step, projection, frame, clipId }: TrajectoriesProps) {
  return (
    <g className="adam-lab__trajectories">
      {optimizers.map((kind) => {
        const run = runs[kind];
        const { record, stopped } = positionAt(run, step);
        const points = run.records.slice(0, record.step + 1).map((entry) => projection.project(entry.theta));
        const current = points.at(-1)!;
        return (
          <g key={kind} data-optimizer={kind} className="adam-lab__series">
            <g clipPath={`url(#${clipId})`}>
              <path className="adam-lab__path" d={pathOf(points) ?? ''} />
              {step <= DOTS_UP_TO_STEP ? <path className="adam-lab__dots" d={dotsPath(points, DOT_RADIUS)} /> : null}
            </g>
            {stopped ? (
              <path className="adam-lab__cross" d={crossPath(insideFrame(current, frame))} data-testid={`${kind}-diverged-marker`} />
            ) : (
              <circle className="adam-lab__current" cx={current[0]} cy={current[1]} r={CURRENT_RADIUS} />
            )}
          </g>
        );
      })}
    </g>
  );
}

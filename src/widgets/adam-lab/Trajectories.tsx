import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { Frame } from './geometry.ts';
import type { PrefixPath } from './prefixPath.ts';
import type { Runs } from './runs.ts';
import { rowAt } from './runs.ts';

/** Up to this step every iterate gets a dot, so the reader sees the step lengths; beyond it only the line. */
export const DOTS_UP_TO_STEP = 150;
const DOT_RADIUS = 2;
const CURRENT_RADIUS = 5;
const CROSS_HALF = 6;

/** Each optimizer's iterates in pixels, computed once per run and projection (stepping only takes a prefix). */
export type ProjectedRuns = Readonly<Record<OptimizerKind, readonly [number, number][]>>;
/** Each optimizer's path through all its iterates, cut per step. */
export type RunPaths = Readonly<Record<OptimizerKind, PrefixPath>>;

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
function insideFrame([x, y]: readonly [number, number], box: Frame): [number, number] {
  return [Math.min(box.right, Math.max(box.left, x)), Math.min(box.bottom, Math.max(box.top, y))];
}

/** Props of the paths drawn over a surface. */
export interface TrajectoriesProps {
  runs: Runs;
  projected: ProjectedRuns;
  paths: RunPaths;
  optimizers: readonly OptimizerKind[];
  step: number;
  frame: Frame;
  /** Id of the clip path that keeps lines inside the data area. */
  clipId: string;
}

/**
 * Each switched-on optimizer's path up to step t in its own colour and dash: a line through the iterates, a dot per
 * iterate (while there are few), a ring at θ_t, and an ✕ where a diverging run was stopped.
 */
export function Trajectories({ runs, projected, paths, optimizers, step, frame, clipId }: TrajectoriesProps) {
  return (
    <g className="adam-lab__trajectories">
      {optimizers.map((kind) => {
        const { row, stopped } = rowAt(runs[kind], step);
        const count = row + 1;
        const current = projected[kind][row]!;
        return (
          <g key={kind} data-optimizer={kind} className="adam-lab__series">
            <g clipPath={`url(#${clipId})`}>
              <path className="adam-lab__path" d={paths[kind].through(count)} />
              {step <= DOTS_UP_TO_STEP ? <path className="adam-lab__dots" d={dotsPath(projected[kind].slice(0, count), DOT_RADIUS)} /> : null}
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

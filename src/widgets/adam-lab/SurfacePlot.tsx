import { line } from 'd3-shape';
import { type MouseEvent, memo, useId, useMemo, useRef } from 'react';
import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { Surface } from '../../math/surfaces/surface.ts';
import { contourPaths, curveSamples } from './contours.ts';
import { formatNumber } from '../../ui/formatNumber.ts';
import { type Frame, frameOf, type Projection, projectionOf, projectRun } from './geometry.ts';
import { byKind, bySelectedKind, type Runs } from './runs.ts';
import { pointerPosition, StartHandle } from './StartHandle.tsx';
import type { AdamLabStrings } from './strings.ts';
import { prefixPath } from './prefixPath.ts';
import { type ProjectedRuns, type RunPaths, Trajectories } from './Trajectories.tsx';

/** Props of the surface plot. */
export interface SurfacePlotProps {
  surface: Surface;
  runs: Runs;
  optimizers: readonly OptimizerKind[];
  step: number;
  start: readonly number[];
  size: { width: number; height: number };
  strings: AdamLabStrings;
  /** The formula as words, for the plot's accessible name. */
  formulaText: string;
  /** Id of the element describing the plot and the handle's keys. */
  describedBy: string;
  onMoveStart: (start: number[]) => void;
}

const TICK_COUNT = 5;
const curveLine = line().digits(1);

/** The still part of the plot: frame, grid, contour lines (2-D) or the curve (1-D), minima. Redrawn only on resize. */
const SurfaceBackground = memo(function SurfaceBackground(props: { surface: Surface; size: { width: number; height: number }; projection: Projection; frame: Frame }) {
  const { surface, size, projection, frame } = props;
  const clipId = `adam-back-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const width = frame.right - frame.left;
  const height = frame.bottom - frame.top;
  const samples = curveSamples(surface.id);
  return (
    <svg className="adam-lab__plot-layer" width={size.width} height={size.height} viewBox={`0 0 ${size.width} ${size.height}`} aria-hidden="true">
      <defs>
        <clipPath id={clipId}>
          <rect x={frame.left} y={frame.top} width={width} height={height} />
        </clipPath>
      </defs>
      <rect className="adam-lab__frame" x={frame.left} y={frame.top} width={width} height={height} />
      <g className="adam-lab__grid">
        {projection.x.ticks(TICK_COUNT).map((tick) => (
          <g key={`x${tick}`}>
            <line x1={projection.x(tick)} x2={projection.x(tick)} y1={frame.top} y2={frame.bottom} />
            <text x={projection.x(tick)} y={frame.bottom + 15} textAnchor="middle">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {projection.y.ticks(TICK_COUNT).map((tick) => (
          <g key={`y${tick}`}>
            <line x1={frame.left} x2={frame.right} y1={projection.y(tick)} y2={projection.y(tick)} />
            <text x={frame.left - 5} y={projection.y(tick) + 4} textAnchor="end">
              {formatNumber(tick)}
            </text>
          </g>
        ))}
      </g>
      <g clipPath={`url(#${clipId})`}>
        {surface.dimension === 2 ? (
          <g className="adam-lab__contours" transform={`translate(${frame.left},${frame.bottom}) scale(${width},${-height})`}>
            {contourPaths(surface.id).map((contour) => (
              <path key={contour.level} d={contour.path} data-level={contour.level} />
            ))}
          </g>
        ) : (
          <path className="adam-lab__curve" d={curveLine(samples.points.map((point) => [projection.x(point[0]), projection.y(point[1])])) ?? ''} />
        )}
        {surface.minima.map((minimum) => {
          const [x, y] = projection.project(minimum);
          return <path key={minimum.join(',')} className="adam-lab__minimum" d={`M${x - 5},${y}h10M${x},${y - 5}v10`} />;
        })}
      </g>
    </svg>
  );
});

/**
 * The surface with every path on it: contour lines for 2-D surfaces (computed once per surface), the curve for 1-D
 * ones (the iterates sit on it), the minima, the paths up to step t and the start handle. A click moves the start.
 * Two stacked SVGs: the still background, and the paths on their own compositing layer, so that stepping repaints
 * only the paths.
 */
export function SurfacePlot(props: SurfacePlotProps) {
  const { surface, runs, optimizers, step, start, size, strings, formulaText, describedBy, onMoveStart } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const clipId = `adam-clip-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const { range } = curveSamples(surface.id);
  const frame = useMemo(() => frameOf(size), [size]);
  const projection = useMemo(() => projectionOf(surface, frame, range), [surface, frame, range]);
  const projected = useMemo(
    (): ProjectedRuns => bySelectedKind(optimizers, (kind) => projectRun(projection, runs[kind]), []),
    [runs, projection, optimizers],
  );
  const paths = useMemo((): RunPaths => byKind((kind) => prefixPath(projected[kind])), [projected]);

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const svg = svgRef.current;
    if (!svg) return;
    const [x, y] = pointerPosition(svg, event);
    if (x < frame.left || x > frame.right || y < frame.top || y > frame.bottom) return;
    onMoveStart(projection.invert(x, y));
  };

  return (
    <div className="adam-lab__plot" style={{ width: size.width, height: size.height }}>
      <SurfaceBackground surface={surface} size={size} projection={projection} frame={frame} />
      {/* A click on the plot is only a shortcut for pointer users; the start handle inside is the keyboard-operable
          control that does the same (see StartHandle). */}
      {/* oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions, jsx-a11y/no-noninteractive-element-interactions */}
      <svg
        ref={svgRef}
        className="adam-lab__plot-layer adam-lab__plot-overlay"
        width={size.width}
        height={size.height}
        viewBox={`0 0 ${size.width} ${size.height}`}
        // A labelled <svg> is exposed as an image, whose children are hidden from assistive technology; as a group
        // it keeps the start handle (a slider) reachable. SVG has no <fieldset> to use instead.
        // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
        role="group"
        aria-label={strings.plotLabel(formulaText)}
        aria-describedby={describedBy}
        onClick={onClick}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={frame.left} y={frame.top} width={frame.right - frame.left} height={frame.bottom - frame.top} />
          </clipPath>
        </defs>
        <Trajectories runs={runs} projected={projected} paths={paths} optimizers={optimizers} step={step} frame={frame} clipId={clipId} />
        <StartHandle
          surface={surface}
          start={start}
          projection={projection}
          svgRef={svgRef}
          strings={strings}
          describedBy={describedBy}
          onMove={onMoveStart}
        />
      </svg>
    </div>
  );
}

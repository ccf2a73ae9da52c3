import { line } from 'd3-shape';
import { type MouseEvent, useId, useMemo, useRef } from 'react';
import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { Surface } from '../../math/surfaces/surface.ts';
import { contourPaths, curveSamples } from './contours.ts';
import { formatNumber } from './format.ts';
import { frameOf, projectionOf } from './geometry.ts';
import type { Runs } from './runs.ts';
import { pointerPosition, StartHandle } from './StartHandle.tsx';
import type { AdamLabStrings } from './strings.ts';
import { Trajectories } from './Trajectories.tsx';

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
const curveLine = line();

/**
 * The surface with every path on it: contour lines for 2-D surfaces (computed once per surface), the curve for 1-D
 * ones (the iterates sit on it), the minima, the paths up to step t and the start handle. A click moves the start.
 */
export function SurfacePlot(props: SurfacePlotProps) {
  const { surface, runs, optimizers, step, start, size, strings, formulaText, describedBy, onMoveStart } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const clipId = `adam-clip-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const frame = frameOf(size);
  const samples = curveSamples(surface.id);
  const projection = useMemo(
    () => projectionOf(surface, frameOf(size), samples.range),
    [surface, size, samples.range],
  );
  const width = frame.right - frame.left;
  const height = frame.bottom - frame.top;

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const svg = svgRef.current;
    if (!svg) return;
    const [x, y] = pointerPosition(svg, event);
    if (x < frame.left || x > frame.right || y < frame.top || y > frame.bottom) return;
    onMoveStart(projection.invert(x, y));
  };

  return (
    // A click on the plot is only a shortcut for pointer users; the start handle inside is the keyboard-operable
    // control that does the same (see StartHandle).
    // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <svg
      ref={svgRef}
      className="adam-lab__plot"
      width={size.width}
      height={size.height}
      viewBox={`0 0 ${size.width} ${size.height}`}
      aria-label={strings.plotLabel(formulaText)}
      aria-describedby={describedBy}
      onClick={onClick}
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={frame.left} y={frame.top} width={width} height={height} />
        </clipPath>
      </defs>
      <rect className="adam-lab__frame" x={frame.left} y={frame.top} width={width} height={height} />
      <g className="adam-lab__grid" aria-hidden="true">
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
      <g clipPath={`url(#${clipId})`} aria-hidden="true">
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
      <Trajectories runs={runs} optimizers={optimizers} step={step} projection={projection} frame={frame} clipId={clipId} />
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
  );
}

import { type KeyboardEvent, memo, type PointerEvent, useMemo, useRef } from 'react';
import type { CurveId } from './props.ts';
import { curveSpec } from './curves.ts';
import { linePath, mainPlotHeight, type Margins, paddedRange, type PanelGeometry, panelGeometry, plotArea, xTickCount } from './geometry.ts';
import { KeyPointMarkers } from './KeyPointMarkers.tsx';
import { type CurveSamples, valueRange } from './samples.ts';
import type { GeluLabStrings } from './strings.ts';
import { COARSE_STEP_MULTIPLE, fineStep, formatPosition, snap, type View } from './view.ts';

const MARGINS: Margins = { top: 12, right: 12, bottom: 24, left: 40 };

/** Props of the main plot. */
export interface MainPlotProps {
  width: number;
  view: View;
  samples: CurveSamples;
  curves: readonly CurveId[];
  probe: number;
  /** Every curve's value at the probe. */
  probeValues: Record<CurveId, number>;
  showKeyPoints: boolean;
  strings: GeluLabStrings;
  describedBy: string;
  valueText: string;
  onProbe: (x: number) => void;
}

/** Props of the still part of the main plot. */
interface PlotBackgroundProps {
  geometry: PanelGeometry;
  view: View;
  samples: CurveSamples;
  curves: readonly CurveId[];
}

/**
 * What the probe does not move, under it: grid, axes, tick labels and the enabled curves. Memoised (as are the key
 * points above the probe), so a probe move re-renders only the probe line, its dots and the slider's values.
 */
const PlotBackground = memo(function PlotBackground({ geometry, view, samples, curves }: PlotBackgroundProps) {
  const { x, y, width } = geometry;
  const { top, bottom, left, right } = plotArea(geometry);
  const paths = useMemo(() => curves.map((id) => ({ id, d: linePath(geometry, samples.xs, samples.values[id]) })), [curves, geometry, samples]);
  const xTicks = x.ticks(xTickCount(width));
  const xFormat = x.tickFormat(xTickCount(width));
  const yTicks = y.ticks(5);
  const yFormat = y.tickFormat(5);
  return (
    <>
      <g className="gelu-lab__grid">
        {xTicks.map((tick) => (
          <line key={`x${tick}`} x1={x(tick)} x2={x(tick)} y1={top} y2={bottom} />
        ))}
        {yTicks.map((tick) => (
          <line key={`y${tick}`} x1={left} x2={right} y1={y(tick)} y2={y(tick)} />
        ))}
      </g>
      <g className="gelu-lab__axis">
        {y.domain()[0]! <= 0 && y.domain()[1]! >= 0 ? <line x1={left} x2={right} y1={y(0)} y2={y(0)} /> : null}
        {view.xmin <= 0 && view.xmax >= 0 ? <line x1={x(0)} x2={x(0)} y1={top} y2={bottom} /> : null}
      </g>
      <g className="gelu-lab__tick-labels" aria-hidden="true">
        {xTicks.map((tick) => (
          <text key={`x${tick}`} x={x(tick)} y={bottom + 16} textAnchor="middle">
            {xFormat(tick)}
          </text>
        ))}
        {yTicks.map((tick) => (
          <text key={`y${tick}`} x={left - 6} y={y(tick) + 4} textAnchor="end">
            {yFormat(tick)}
          </text>
        ))}
      </g>
      <g className="gelu-lab__curves">
        {paths.map(({ id, d }) => (
          <path key={id} className={`gelu-lab__curve gelu-lab__curve--${id}`} d={d} strokeDasharray={curveSpec(id).dash} />
        ))}
      </g>
    </>
  );
});

/**
 * The main plot: grid, axes, the enabled curves, the probe and (on request) the key points. It is also the probe's
 * control: a focusable slider that follows pointer drags and the arrow keys.
 */
export function MainPlot(props: MainPlotProps) {
  const { width, view, samples, curves, probe, probeValues, showKeyPoints, strings, onProbe } = props;
  const dragging = useRef(false);

  const height = mainPlotHeight(width);
  const geometry = useMemo(
    () => panelGeometry(width, height, MARGINS, [view.xmin, view.xmax], paddedRange(valueRange(samples, curves))),
    [width, height, view.xmin, view.xmax, samples, curves],
  );
  const { x, y } = geometry;
  const step = fineStep(view);
  const probeInView = probe >= view.xmin && probe <= view.xmax;
  const { top, bottom, left, right } = plotArea(geometry);

  const probeFromPointer = (event: PointerEvent<SVGSVGElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const scale = rect.width > 0 ? width / rect.width : 1;
    const pixel = Math.min(right, Math.max(left, (event.clientX - rect.left) * scale));
    onProbe(snap(x.invert(pixel), step));
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    dragging.current = true;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    event.currentTarget.focus({ preventScroll: true });
    probeFromPointer(event);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (dragging.current) probeFromPointer(event);
  };
  const endDrag = () => {
    dragging.current = false;
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const multiple = event.shiftKey ? COARSE_STEP_MULTIPLE : 1;
    const moves: Record<string, () => number> = {
      ArrowLeft: () => probe - multiple * step,
      ArrowDown: () => probe - multiple * step,
      ArrowRight: () => probe + multiple * step,
      ArrowUp: () => probe + multiple * step,
      PageDown: () => probe - COARSE_STEP_MULTIPLE * step,
      PageUp: () => probe + COARSE_STEP_MULTIPLE * step,
      Home: () => view.xmin,
      End: () => view.xmax,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    onProbe(snap(move(), step));
  };

  return (
    <svg
      className="gelu-lab__plot"
      viewBox={`0 0 ${width} ${height}`}
      // The plot itself is the drag target, so it is the slider: an <input type="range"> cannot hold the drawing.
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
      role="slider"
      tabIndex={0}
      aria-label={strings.plotLabel}
      aria-describedby={props.describedBy}
      aria-orientation="horizontal"
      aria-valuemin={view.xmin}
      aria-valuemax={view.xmax}
      aria-valuenow={probe}
      aria-valuetext={props.valueText}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
    >
      <PlotBackground geometry={geometry} view={view} samples={samples} curves={curves} />
      {probeInView ? (
        <g className="gelu-lab__probe">
          <line x1={x(probe)} x2={x(probe)} y1={top} y2={bottom} />
          {curves.map((id) => (
            <circle key={id} className={`gelu-lab__dot gelu-lab__dot--${id}`} cx={x(probe)} cy={y(probeValues[id])} r={3.5} />
          ))}
        </g>
      ) : (
        <text
          className="gelu-lab__note"
          x={probe < view.xmin ? left + 4 : right - 4}
          y={top + 12}
          textAnchor={probe < view.xmin ? 'start' : 'end'}
        >
          {strings.offView(formatPosition(probe), probe < view.xmin ? 'left' : 'right')}
        </text>
      )}
      {showKeyPoints ? <KeyPointMarkers x={x} y={y} view={view} curves={curves} strings={strings} /> : null}
      {curves.length === 0 ? (
        <text className="gelu-lab__note" x={(left + right) / 2} y={(top + bottom) / 2} textAnchor="middle">
          {strings.noCurves}
        </text>
      ) : null}
    </svg>
  );
}

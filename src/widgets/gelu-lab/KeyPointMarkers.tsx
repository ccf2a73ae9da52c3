import type { ScaleLinear } from 'd3-scale';
import { memo } from 'react';
import type { CurveId } from './props.ts';
import { KEY_POINTS, keyPointCoordinate } from './keyPoints.ts';
import type { GeluLabStrings } from './strings.ts';
import type { View } from './view.ts';

/** Rough width of one label character at the plots' 11 px font, for keeping labels inside the plot. */
const LABEL_CHARACTER_WIDTH = 6.5;

/** Props of the key-point markers. */
export interface KeyPointMarkersProps {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  view: View;
  curves: readonly CurveId[];
  strings: GeluLabStrings;
}

/**
 * Rings on GeLU's minimum and on the peak of GeLU′, each with a two-line label (name, coordinates) placed on the side
 * with more room, so it stays inside the plot from 320 px up. A point is marked only when its curve is on and in view.
 * Memoised: the probe moving over them does not redraw them.
 */
export const KeyPointMarkers = memo(function KeyPointMarkers({ x, y, view, curves, strings }: KeyPointMarkersProps) {
  const [left, right] = x.range() as [number, number];
  const visible = KEY_POINTS.filter(({ curve, point }) => curves.includes(curve) && point.x >= view.xmin && point.x <= view.xmax);
  return (
    <g className="gelu-lab__key-points">
      {visible.map(({ kind, point }) => {
        const [px, py] = [x(point.x), y(point.y)];
        const name = kind === 'minimum' ? strings.minimumLabel : strings.steepestLabel;
        const coordinates = `(${keyPointCoordinate(point.x)}, ${keyPointCoordinate(point.y)})`;
        const labelWidth = LABEL_CHARACTER_WIDTH * Math.max(name.length, coordinates.length);
        const toTheLeft = px - left > right - px;
        const anchorX = toTheLeft ? Math.max(left + labelWidth, px - 8) : Math.min(right - labelWidth, px + 8);
        // The minimum's label goes below the point, the slope peak's above it.
        const firstLineY = kind === 'minimum' ? py + 18 : py - 22;
        return (
          <g key={kind} className="gelu-lab__key-point" data-testid={`key-point-${kind}`}>
            <circle cx={px} cy={py} r={5} />
            <text x={anchorX} y={firstLineY} textAnchor={toTheLeft ? 'end' : 'start'}>
              <tspan x={anchorX}>{name}</tspan>
              <tspan x={anchorX} dy={13}>
                {coordinates}
              </tspan>
            </text>
          </g>
        );
      })}
    </g>
  );
});

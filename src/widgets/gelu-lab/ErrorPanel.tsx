import { memo, useMemo } from 'react';
import type { LargestDifference } from '../../math/extrema.ts';
import type { CurveId } from './props.ts';
import { APPROXIMATION_IDS, type ApproximationId } from './curves.ts';
import { formatScientific } from '../../ui/formatNumber.ts';
import { errorRowHeight, linePath, type Margins, type PanelGeometry, panelGeometry, plotArea, xTickCount } from './geometry.ts';
import { type CurveSamples, peakLocation } from './samples.ts';
import type { GeluLabStrings } from './strings.ts';
import type { View } from './view.ts';

const MARGINS: Margins = { top: 6, right: 12, bottom: 6, left: 40 };

/** Props of the error panel. */
export interface ErrorPanelProps {
  width: number;
  view: View;
  samples: CurveSamples;
  curves: readonly CurveId[];
  probe: number;
  /** The largest |approximation − GeLU| over the view, per approximation. */
  largest: Record<ApproximationId, LargestDifference>;
  strings: GeluLabStrings;
}

/**
 * One strip per approximation: its error against exact GeLU over the view, each on its own y scale (the tanh error is
 * about 40 times smaller than the sigmoid one and would vanish on a shared scale), with the largest |error| printed.
 */
export function ErrorPanel(props: ErrorPanelProps) {
  const { strings } = props;
  return (
    <section className="gelu-lab__errors" aria-label={strings.errorPanelTitle}>
      <p className="gelu-lab__errors-title">{strings.errorPanelTitle}</p>
      {APPROXIMATION_IDS.map((id) => (
        <ErrorRow key={id} id={id} {...props} />
      ))}
    </section>
  );
}

/** Props of the still part of one error strip. */
interface ErrorStripProps {
  id: ApproximationId;
  geometry: PanelGeometry;
  samples: CurveSamples;
  enabled: boolean;
}

/** Grid, zero line, tick labels and the error curve: memoised, so a probe move redraws only the probe line. */
const ErrorStrip = memo(function ErrorStrip({ id, geometry, samples, enabled }: ErrorStripProps) {
  const { x, y, width } = geometry;
  const { top, bottom, left, right } = plotArea(geometry);
  const path = useMemo(() => linePath(geometry, samples.xs, samples.errors[id]), [geometry, samples, id]);
  const xTicks = x.ticks(xTickCount(width));
  const yTicks = y.ticks(2);
  const exponential = y.tickFormat(2, '~e');
  const yFormat = (tick: number) => (tick === 0 ? '0' : exponential(tick));
  return (
    <>
      <g className="gelu-lab__grid">
        {xTicks.map((tick) => (
          <line key={`x${tick}`} x1={x(tick)} x2={x(tick)} y1={top} y2={bottom} />
        ))}
      </g>
      <g className="gelu-lab__axis">
        <line x1={left} x2={right} y1={y(0)} y2={y(0)} />
      </g>
      <g className="gelu-lab__tick-labels">
        {yTicks.map((tick) => (
          <text key={`y${tick}`} x={left - 6} y={y(tick) + 4} textAnchor="end">
            {yFormat(tick)}
          </text>
        ))}
      </g>
      {enabled ? <path className={`gelu-lab__curve gelu-lab__curve--${id}`} d={path} /> : null}
    </>
  );
});

function ErrorRow({ id, width, view, samples, curves, probe, largest, strings }: ErrorPanelProps & { id: ApproximationId }) {
  const enabled = curves.includes(id);
  const { value, at } = largest[id];
  const height = errorRowHeight(width);
  const geometry = useMemo(() => {
    const bound = value > 0 ? value : 1;
    return panelGeometry(width, height, MARGINS, [view.xmin, view.xmax], [-bound, bound]);
  }, [width, height, view.xmin, view.xmax, value]);
  const area = plotArea(geometry);
  const where = peakLocation(at, view);
  const name = strings.shortNames[id];
  const caption = enabled ? strings.errorRow(name, formatScientific(value), where) : strings.errorRowOff(name);

  return (
    <div className="gelu-lab__error-row">
      <p className={`gelu-lab__error-caption gelu-lab__error-caption--${id}`} data-testid={`max-error-${id}`} data-value={value} data-at={at}>
        {caption}
      </p>
      <svg className="gelu-lab__error-plot" viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
        <ErrorStrip id={id} geometry={geometry} samples={samples} enabled={enabled} />
        {probe >= view.xmin && probe <= view.xmax ? (
          <line className="gelu-lab__probe-line" x1={geometry.x(probe)} x2={geometry.x(probe)} y1={area.top} y2={area.bottom} />
        ) : null}
      </svg>
    </div>
  );
}

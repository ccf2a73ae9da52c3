import { useCallback, useId, useMemo, useRef } from 'react';
import { NumberField } from '../../ui/NumberField.tsx';
import type { WidgetProps } from '../types.ts';
import { Announcer } from '../../ui/Announcer.tsx';
import { CurveTable } from './CurveTable.tsx';
import { APPROXIMATION_IDS, CURVES } from './curves.ts';
import { formatLimit } from '../attributes.ts';
import { ANNOUNCE_INTERVAL_MS, type CurveId, GELU_LAB_RESERVE, type GeluLabProps, PROBE_LIMIT } from './props.ts';
import { ErrorPanel } from './ErrorPanel.tsx';
import { formatScientific, formatSignificant } from '../../ui/formatNumber.ts';
import { KEY_POINTS, keyPointCoordinate } from './keyPoints.ts';
import { MainPlot } from './MainPlot.tsx';
import { ProbeFormula } from './ProbeFormula.tsx';
import { largestApproximationError, peakLocation, sampleCurves } from './samples.ts';
import { STRINGS } from './strings.ts';
import { useElementWidth } from '../../ui/useElementWidth.ts';
import { useLabState } from './useLabState.ts';
import { fineStep, formatPosition } from './view.ts';
import { ViewControls } from './ViewControls.tsx';
// The widget's own styles travel in its lazily loaded chunk.
// oxlint-disable-next-line import/no-unassigned-import
import './gelu-lab.css';

/** Plot width before the page is measured (and in jsdom): a typical column. */
const FALLBACK_WIDTH = 640;

/**
 * The GeLU lab: exact GeLU, its approximations, ReLU, erf, Φ and GeLU′ on one plot, with a probe (slider, number field,
 * drag, arrow keys) whose readouts and formula update live, an error panel for the approximations, zoom and presets,
 * and the key points on request. Its state lives in the URL under `context.instanceId`.
 */
export default function GeluLab({ context, ...initial }: WidgetProps<GeluLabProps>) {
  const strings = STRINGS[context.locale];
  const { state, setProbe, setView, toggleCurve, setKeyPoints } = useLabState(initial, context.instanceId);
  const { x: probe, xmin, xmax, curves, keypoints } = state;
  const view = useMemo(() => ({ xmin, xmax }), [xmin, xmax]);
  const figureRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(figureRef, FALLBACK_WIDTH);
  const descriptionId = useId();

  // About one sample per pixel of the plotting area; recomputed only when the range or the width changes.
  const samples = useMemo(() => sampleCurves(view, width), [view, width]);
  const largest = useMemo(
    () => ({ tanh: largestApproximationError('tanh', view), sigmoid: largestApproximationError('sigmoid', view) }),
    [view],
  );
  const refuseProbe = useCallback((text: string) => strings.refuseProbe(text, formatLimit(PROBE_LIMIT)), [strings]);
  const probeValues = useMemo(
    () => Object.fromEntries(CURVES.map((curve) => [curve.id, curve.evaluate(probe)])) as Record<CurveId, number>,
    [probe],
  );

  const readouts = curves
    .map((id) => strings.readout(strings.curveNames[id], formatSignificant(probeValues[id])))
    .join(strings.listSeparator);
  const probeText = formatPosition(probe);
  const description = strings.description({
    curves: curves.map((id) => strings.curveNames[id]).join(strings.listSeparator) || strings.noCurves,
    xmin: formatPosition(xmin),
    xmax: formatPosition(xmax),
    probe: probeText,
    minimum: [keyPointCoordinate(KEY_POINTS[0]!.point.x), keyPointCoordinate(KEY_POINTS[0]!.point.y)],
    steepest: [keyPointCoordinate(KEY_POINTS[1]!.point.x), keyPointCoordinate(KEY_POINTS[1]!.point.y)],
    errors: APPROXIMATION_IDS.map((id) =>
      strings.errorRow(strings.curveNames[id], formatScientific(largest[id].value), peakLocation(largest[id].at, view)),
    ).join(strings.listSeparator),
  });

  return (
    <section className="gelu-lab" aria-label={strings.title} style={{ minHeight: GELU_LAB_RESERVE }}>
      <ViewControls view={view} probe={probe} strings={strings} onView={setView} />
      <div className="gelu-lab__figure" ref={figureRef}>
        <MainPlot
          width={width}
          view={view}
          samples={samples}
          curves={curves}
          probe={probe}
          probeValues={probeValues}
          showKeyPoints={keypoints}
          strings={strings}
          describedBy={descriptionId}
          valueText={`x = ${probeText}`}
          onProbe={setProbe}
        />
        <p id={descriptionId} className="visually-hidden">
          {description}
        </p>
      </div>
      <p className="gelu-lab__hint">{strings.plotHint}</p>
      <NumberField
        label={strings.probeLabel}
        value={probe}
        min={xmin}
        max={xmax}
        step={fineStep(view)}
        hardMin={-PROBE_LIMIT}
        hardMax={PROBE_LIMIT}
        refuse={refuseProbe}
        onChange={setProbe}
        format={formatPosition}
        testId="probe"
      />
      <CurveTable
        curves={curves}
        probe={probe}
        probeValues={probeValues}
        keyPoints={keypoints}
        strings={strings}
        onToggle={toggleCurve}
        onKeyPoints={setKeyPoints}
      />
      <ProbeFormula x={probe} />
      <ErrorPanel width={width} view={view} samples={samples} curves={curves} probe={probe} largest={largest} strings={strings} />
      <Announcer text={strings.announce(probeText, readouts)} intervalMs={ANNOUNCE_INTERVAL_MS} />
    </section>
  );
}

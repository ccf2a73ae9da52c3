import { memo } from 'react';
import type { CurveId } from './props.ts';
import { APPROXIMATION_IDS, type ApproximationId, CURVES } from './curves.ts';
import { formatScientific, formatSignificant } from '../../ui/formatNumber.ts';
import type { GeluLabStrings } from './strings.ts';
import { formatPosition } from './view.ts';

/** Props of the legend-and-readout table. */
export interface CurveTableProps {
  curves: readonly CurveId[];
  probe: number;
  probeValues: Record<CurveId, number>;
  keyPoints: boolean;
  strings: GeluLabStrings;
  onToggle: (id: CurveId) => void;
  onKeyPoints: (on: boolean) => void;
}

const isApproximation = (id: CurveId): id is ApproximationId => (APPROXIMATION_IDS as readonly CurveId[]).includes(id);

/** Props of one curve's switch. */
interface CurveSwitchProps {
  id: CurveId;
  dash: string | undefined;
  on: boolean;
  name: string;
  onToggle: (id: CurveId) => void;
}

/** A curve's switch with its line style. Memoised: moving the probe re-renders the values, not the checkboxes. */
const CurveSwitch = memo(function CurveSwitch({ id, dash, on, name, onToggle }: CurveSwitchProps) {
  return (
    <label className="gelu-lab__toggle">
      <input type="checkbox" checked={on} onChange={() => onToggle(id)} data-testid={`toggle-${id}`} />
      <svg className="gelu-lab__swatch" viewBox="0 0 24 10" aria-hidden="true">
        <line className={`gelu-lab__curve gelu-lab__curve--${id}`} x1={1} x2={23} y1={5} y2={5} strokeDasharray={dash} />
      </svg>
      {name}
    </label>
  );
});

/** The key points' switch with its ring. Memoised, like the curve switches. */
const KeyPointsSwitch = memo(function KeyPointsSwitch({ on, name, onChange }: { on: boolean; name: string; onChange: (on: boolean) => void }) {
  return (
    <label className="gelu-lab__toggle">
      <input type="checkbox" checked={on} onChange={(event) => onChange(event.currentTarget.checked)} data-testid="toggle-keypoints" />
      <svg className="gelu-lab__swatch" viewBox="0 0 24 10" aria-hidden="true">
        <circle className="gelu-lab__swatch-ring" cx={12} cy={5} r={3.5} />
      </svg>
      {name}
    </label>
  );
});

/**
 * The legend, the curve switches and the probe's readouts in one table: one row per curve with its line style, a
 * checkbox and its value at the probe (6 significant digits); the approximations also show their error there. A last
 * row switches the key-point markers, another layer of the plot.
 */
export function CurveTable({ curves, probe, probeValues, keyPoints, strings, onToggle, onKeyPoints }: CurveTableProps) {
  const [before, after] = strings.columnValue.split('{x}');
  return (
    <table className="gelu-lab__table">
      <caption className="visually-hidden">{strings.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.columnCurve}</th>
          <th scope="col">
            {before}
            <span data-testid="readout-x" data-value={probe}>
              {formatPosition(probe)}
            </span>
            {after}
          </th>
        </tr>
      </thead>
      <tbody>
        {CURVES.map(({ id, dash }) => {
          const on = curves.includes(id);
          const value = probeValues[id];
          const error = value - probeValues.gelu;
          return (
            <tr key={id} className={on ? undefined : 'gelu-lab__row--off'}>
              <th scope="row">
                <CurveSwitch id={id} dash={dash} on={on} name={strings.curveNames[id]} onToggle={onToggle} />
              </th>
              {on ? (
                <td className="gelu-lab__value">
                  <span data-testid={`readout-${id}`} data-value={value}>
                    {formatSignificant(value)}
                  </span>{' '}
                  {isApproximation(id) ? (
                    <span className="gelu-lab__error-value" data-testid={`readout-${id}-error`} data-value={error}>
                      {strings.errorReadout(formatScientific(error, { signed: true }))}
                    </span>
                  ) : null}
                </td>
              ) : (
                <td className="gelu-lab__value gelu-lab__value--off">{strings.off}</td>
              )}
            </tr>
          );
        })}
        <tr>
          <th scope="row" colSpan={2}>
            <KeyPointsSwitch on={keyPoints} name={strings.keyPoints} onChange={onKeyPoints} />
          </th>
        </tr>
      </tbody>
    </table>
  );
}

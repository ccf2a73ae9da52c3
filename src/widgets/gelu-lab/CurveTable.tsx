import type { CurveId } from './definition.ts';
import { APPROXIMATION_IDS, type ApproximationId, CURVES } from './curves.ts';
import { formatCompact, formatError, formatSignificant } from './format.ts';
import type { GeluLabStrings } from './strings.ts';

/** Props of the legend-and-readout table. */
export interface CurveTableProps {
  curves: readonly CurveId[];
  probe: number;
  probeValues: Record<CurveId, number>;
  strings: GeluLabStrings;
  onToggle: (id: CurveId) => void;
}

const isApproximation = (id: CurveId): id is ApproximationId => (APPROXIMATION_IDS as readonly CurveId[]).includes(id);

/**
 * The legend, the curve switches and the probe's readouts in one table: one row per curve with its line style, a
 * checkbox, its value at the probe (6 significant digits) and, for the approximations, their error there.
 */
export function CurveTable({ curves, probe, probeValues, strings, onToggle }: CurveTableProps) {
  return (
    <table className="gelu-lab__table">
      <caption className="visually-hidden">{strings.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.columnCurve}</th>
          <th scope="col" data-testid="readout-x" data-value={probe}>
            {strings.columnValue(formatCompact(probe))}
          </th>
          <th scope="col">{strings.columnError}</th>
        </tr>
      </thead>
      <tbody>
        {CURVES.map(({ id, dash }) => {
          const on = curves.includes(id);
          const value = probeValues[id];
          return (
            <tr key={id} className={on ? undefined : 'gelu-lab__row--off'}>
              <th scope="row">
                <label className="gelu-lab__toggle">
                  <input type="checkbox" checked={on} onChange={() => onToggle(id)} data-testid={`toggle-${id}`} />
                  <svg className="gelu-lab__swatch" viewBox="0 0 24 10" aria-hidden="true">
                    <line className={`gelu-lab__curve gelu-lab__curve--${id}`} x1={1} x2={23} y1={5} y2={5} strokeDasharray={dash} />
                  </svg>
                  {strings.curveNames[id]}
                </label>
              </th>
              {on ? (
                <td className="gelu-lab__value" data-testid={`readout-${id}`} data-value={value}>
                  {formatSignificant(value)}
                </td>
              ) : (
                <td className="gelu-lab__value gelu-lab__value--off">{strings.off}</td>
              )}
              {on && isApproximation(id) ? (
                <td className="gelu-lab__value" data-testid={`readout-${id}-error`} data-value={value - probeValues.gelu}>
                  {formatError(value - probeValues.gelu)}
                </td>
              ) : (
                <td />
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

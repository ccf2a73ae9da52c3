import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import { formatNumber, MISSING_NUMBER } from '../../ui/formatNumber.ts';
import { COORDINATE_KEYS, QUANTITIES, QUANTITIES_OF, quantityVector } from './quantities.ts';
import { positionAt, type Runs } from './runs.ts';
import type { AdamLabStrings } from './strings.ts';

/** Width of the row labels ("Δθₜ update"), in rem. */
const LABEL_COLUMN_REM = 7.5;
/** Width of a number column: room for the longest formatted number, "-1.23457e+15", in rem. */
const VALUE_COLUMN_REM = 6.6;

/** Props of the numbers table. */
export interface StepTableProps {
  runs: Runs;
  optimizers: readonly OptimizerKind[];
  step: number;
  dimension: 1 | 2;
  strings: AdamLabStrings;
}

/**
 * Every number of step t, per optimizer and coordinate: g_t, the optimizer's own state (velocity; m, v, m̂, v̂; the
 * decay), Δθ_t, θ_t and f(θ_t). Only rows that a switched-on optimizer uses are shown. Cells carry test ids such as
 * `adam-x-m-hat` (optimizer, coordinate, quantity) and `adam-loss`. Fixed column widths (table-layout: fixed), so
 * stepping does not make the browser measure the table again.
 */
export function StepTable({ runs, optimizers, step, dimension, strings }: StepTableProps) {
  const coordinates = COORDINATE_KEYS.slice(0, dimension);
  const rows = QUANTITIES.filter((quantity) => optimizers.some((kind) => QUANTITIES_OF[kind].includes(quantity)));
  const positions = optimizers.map((kind) => ({ kind, ...positionAt(runs[kind], step) }));
  const valueColumns = positions.length * dimension;
  return (
    // A region that may scroll sideways must be reachable by keyboard (axe: scrollable-region-focusable).
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <section className="adam-lab__table-scroll" tabIndex={0} aria-label={strings.tableCaption(step)}>
      <table
        className="adam-lab__table"
        data-testid="step-table"
        style={{ width: `${LABEL_COLUMN_REM + valueColumns * VALUE_COLUMN_REM}rem` }}
      >
        <caption>{strings.tableCaption(step)}</caption>
        <colgroup>
          <col style={{ width: `${LABEL_COLUMN_REM}rem` }} />
          {Array.from({ length: valueColumns }, (_, index) => (
            <col key={index} style={{ width: `${VALUE_COLUMN_REM}rem` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{strings.quantityColumn}</span>
            </th>
            {positions.map(({ kind, stopped }) => (
              <th key={kind} scope="colgroup" colSpan={dimension} data-optimizer={kind} className="adam-lab__series">
                <span className="adam-lab__swatch" aria-hidden="true" />
                {strings.optimizerNames[kind]}
                {stopped ? <span className="adam-lab__stopped">{strings.stoppedHeader(runs[kind].divergence!.step)}</span> : null}
              </th>
            ))}
          </tr>
          {dimension === 2 ? (
            <tr>
              <th scope="col">
                <span className="visually-hidden">{strings.coordinateLabel}</span>
              </th>
              {positions.flatMap(({ kind }) =>
                coordinates.map((coordinate) => (
                  <th key={`${kind}-${coordinate}`} scope="col" className="adam-lab__coordinate">
                    {coordinate}
                  </th>
                )),
              )}
            </tr>
          ) : null}
        </thead>
        <tbody>
          {rows.map((quantity) => (
            <tr key={quantity}>
              <th scope="row">{strings.quantityLabels[quantity]}</th>
              {positions.flatMap(({ kind, record, stopped }) =>
                coordinates.map((coordinate, index) => {
                  const key = `${kind}-${coordinate}-${quantity}`;
                  if (!QUANTITIES_OF[kind].includes(quantity)) {
                    return (
                      <td key={key} className="adam-lab__unused">
                        <span aria-hidden="true">·</span>
                        <span className="visually-hidden">{strings.notUsed}</span>
                      </td>
                    );
                  }
                  const value = stopped ? undefined : quantityVector(record, quantity)?.[index];
                  return (
                    <td key={key} data-testid={key}>
                      {value === undefined ? MISSING_NUMBER : formatNumber(value)}
                    </td>
                  );
                }),
              )}
            </tr>
          ))}
          <tr>
            <th scope="row">{strings.lossRow}</th>
            {positions.map(({ kind, record, stopped }) => (
              <td key={kind} colSpan={dimension} data-testid={`${kind}-loss`}>
                {stopped ? MISSING_NUMBER : formatNumber(record.loss)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}

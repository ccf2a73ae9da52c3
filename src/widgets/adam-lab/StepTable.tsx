import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import { formatNumber, MISSING_TEXT } from './format.ts';
import { COORDINATE_KEYS, QUANTITIES, QUANTITIES_OF, quantityVector } from './quantities.ts';
import { positionAt, type Runs } from './runs.ts';
import type { AdamLabStrings } from './strings.ts';

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
 * `adam-x-m-hat` (optimizer, coordinate, quantity) and `adam-loss`.
 */
export function StepTable({ runs, optimizers, step, dimension, strings }: StepTableProps) {
  const coordinates = COORDINATE_KEYS.slice(0, dimension);
  const rows = QUANTITIES.filter((quantity) => optimizers.some((kind) => QUANTITIES_OF[kind].includes(quantity)));
  const positions = optimizers.map((kind) => ({ kind, ...positionAt(runs[kind], step) }));
  return (
    <div className="adam-lab__table-scroll">
      <table className="adam-lab__table" data-testid="step-table">
        <caption>{strings.tableCaption(step)}</caption>
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
                      {value === undefined ? MISSING_TEXT : formatNumber(value)}
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
                {stopped ? MISSING_TEXT : formatNumber(record.loss)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

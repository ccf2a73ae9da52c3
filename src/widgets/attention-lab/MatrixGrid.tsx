import { type KeyboardEvent, memo, type PointerEvent, useRef, useState } from 'react';
import type { CellRef, MatrixId } from './cellFormula.ts';

/** Steps of a W entry from the keyboard: + and − nudge by NUDGE_STEP, Page Up and Page Down by JUMP_STEP. */
export const NUDGE_STEP = 0.1;
export const JUMP_STEP = 1;

/** A column after the matrix's own, read from the same grid (the entropy of each row of A). */
export interface TrailingColumn {
  matrix: MatrixId;
  header: string;
  values: readonly number[];
}

/** Props of one matrix grid. */
export interface MatrixGridProps {
  matrix: MatrixId;
  head: number;
  caption: string;
  /** Accessible name: the caption, the size and the keyboard help. */
  label: string;
  values: readonly (readonly number[])[];
  rowLabels: readonly string[];
  /** Column headers; default 1, 2, … (the n × n matrices pass the tokens). */
  columnLabels?: readonly string[] | undefined;
  rowHeader: string;
  format: (value: number) => string;
  /** Shade each cell by its value in [0, 1] (the attention weights). */
  heat?: boolean;
  trailing?: TrailingColumn;
  /** The entries can be nudged from the keyboard (the W matrices). */
  editable?: boolean;
  /** Marks the cell being inspected, if it is in this grid. */
  inspected?: CellRef | undefined;
  onInspect: (cell: CellRef) => void;
  onNudge?: (cell: CellRef, delta: number) => void;
}

const NUDGES: Record<string, number> = { '+': NUDGE_STEP, '=': NUDGE_STEP, '-': -NUDGE_STEP, PageUp: JUMP_STEP, PageDown: -JUMP_STEP };

/**
 * A matrix as an ARIA grid: row headers name the tokens, every number is a cell. One cell per grid is a tab stop;
 * the arrow keys, Home and End move between cells (WAI-ARIA grid pattern), and moving or pointing at a cell asks the
 * lab to show its formula. In an editable grid, + and − change the focused entry by 0.1 and Page Up / Page Down by 1.
 * A grid too wide for a phone scrolls sideways inside its own box, which the focused cell keeps in view.
 */
export const MatrixGrid = memo(function MatrixGrid(props: MatrixGridProps) {
  const { matrix, head, caption, label, values, rowLabels, columnLabels, rowHeader, format, heat = false, trailing, editable = false, inspected } = props;
  const rows = values.length;
  const columns = (values[0]?.length ?? 0) + (trailing ? 1 : 0);
  const [focus, setFocus] = useState({ row: 0, column: 0 });
  const table = useRef<HTMLTableElement>(null);
  const row = Math.min(focus.row, rows - 1);
  const column = Math.min(focus.column, columns - 1);

  const cellOf = (r: number, c: number): CellRef =>
    trailing && c === columns - 1 ? { matrix: trailing.matrix, head, row: r, column: 0 } : { matrix, head, row: r, column: c };
  const moveTo = (r: number, c: number) => {
    setFocus({ row: r, column: c });
    table.current?.querySelector<HTMLElement>(`[data-cell="${r},${c}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target =
      event.key === 'ArrowRight' ? [row, Math.min(columns - 1, column + 1)]
      : event.key === 'ArrowLeft' ? [row, Math.max(0, column - 1)]
      : event.key === 'ArrowDown' ? [Math.min(rows - 1, row + 1), column]
      : event.key === 'ArrowUp' ? [Math.max(0, row - 1), column]
      : event.key === 'Home' ? [event.ctrlKey ? 0 : row, 0]
      : event.key === 'End' ? [event.ctrlKey ? rows - 1 : row, columns - 1]
      : undefined;
    if (target) {
      event.preventDefault();
      moveTo(target[0]!, target[1]!);
      return;
    }
    const delta = NUDGES[event.key];
    if (editable && delta !== undefined && props.onNudge) {
      event.preventDefault();
      props.onNudge(cellOf(row, column), delta);
    }
  };
  const cellFromEvent = (element: EventTarget): [number, number] | undefined => {
    const cell = (element as HTMLElement).closest?.('[data-cell]')?.getAttribute('data-cell');
    if (!cell) return undefined;
    const [r, c] = cell.split(',').map(Number);
    return [r!, c!];
  };
  const onPointerOver = (event: PointerEvent<HTMLTableElement>) => {
    const at = cellFromEvent(event.target);
    if (at) props.onInspect(cellOf(at[0], at[1]));
  };

  const isInspected = (r: number, c: number) => {
    if (!inspected || inspected.head !== head || inspected.row !== r) return false;
    if (trailing && c === columns - 1) return inspected.matrix === trailing.matrix;
    return inspected.matrix === matrix && inspected.column === c;
  };
  const cell = (r: number, c: number, value: number, text: string) => (
    <td
      key={c}
      tabIndex={r === row && c === column ? 0 : -1}
      data-cell={`${r},${c}`}
      data-testid={`${c === columns - 1 && trailing ? trailing.matrix : matrix}-${head}-${r}-${trailing && c === columns - 1 ? 0 : c}`}
      data-inspected={isInspected(r, c) ? '' : undefined}
      data-trailing={trailing && c === columns - 1 ? '' : undefined}
      style={heat && !(trailing && c === columns - 1) ? { ['--weight' as string]: String(Math.min(1, Math.max(0, value))) } : undefined}
      onFocus={() => {
        setFocus({ row: r, column: c });
        props.onInspect(cellOf(r, c));
      }}
    >
      {text}
    </td>
  );

  return (
    <figure className="attention-lab__matrix" data-matrix={matrix} data-heat={heat ? '' : undefined}>
      <figcaption className="attention-lab__caption">{caption}</figcaption>
      <div className="attention-lab__matrix-scroll">
        {/* The WAI-ARIA grid pattern on a data table (as in the APG's data grid example): a table of numbers that
            the arrow keys move through. Its cells are gridcells by implication. */}
        {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role */}
        <table ref={table} role="grid" aria-label={label} onKeyDown={onKeyDown} onPointerOver={onPointerOver} data-testid={`grid-${matrix}-${head}`}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{rowHeader}</span>
              </th>
              {Array.from({ length: columns }, (_unused, c) => (
                <th key={c} scope="col">
                  {trailing && c === columns - 1 ? trailing.header : (columnLabels?.[c] ?? c + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {values.map((entries, r) => (
              <tr key={r}>
                <th scope="row">{rowLabels[r]}</th>
                {entries.map((value, c) => cell(r, c, value, format(value)))}
                {trailing ? cell(r, columns - 1, trailing.values[r]!, format(trailing.values[r]!)) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
});


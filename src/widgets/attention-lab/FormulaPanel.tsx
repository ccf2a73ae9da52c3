import type { Locale } from '../../content/locale.ts';
import { TypesetMath } from '../../ui/TypesetMath.tsx';
import { Announcer } from '../../ui/Announcer.tsx';
import { type CellRef, cellFormula } from './cellFormula.ts';
import type { LabComputation } from './computeLab.ts';
import type { LabState } from './labState.ts';
import type { AttentionLabStrings } from './strings.ts';
import { VOCABULARY } from './vocabulary.ts';

/** Shortest gap between two spoken formulas while the reader moves through a grid. */
const ANNOUNCE_INTERVAL_MS = 400;

/** Props of the formula panel. */
export interface FormulaPanelProps {
  cell: CellRef | undefined;
  state: LabState;
  computation: LabComputation;
  locale: Locale;
  strings: AttentionLabStrings;
}

/**
 * The formula that produced the inspected cell, with its numbers substituted (KaTeX, inline so that a long sum wraps
 * at its plus signs), under a line saying which cell it is. The same line in plain text goes to a polite live region,
 * so that a screen reader moving through a grid hears how each number was made.
 */
export function FormulaPanel({ cell, state, computation, locale, strings }: FormulaPanelProps) {
  const formula = cell ? cellFormula(cell, state, computation) : undefined;
  const captions = strings.captions({ scale: state.scale, positions: state.positions });
  const isWeight = cell?.matrix === 'wq' || cell?.matrix === 'wk' || cell?.matrix === 'wv';
  const title =
    cell && formula
      ? strings.cellTitle(
          state.heads === 2 && !['embeddings', 'positions', 'inputs', 'concat'].includes(cell.matrix)
            ? strings.headCaption(cell.head + 1, captions[cell.matrix])
            : captions[cell.matrix],
          cell.row + 1,
          isWeight ? undefined : VOCABULARY[state.tokens[cell.row]!]?.[locale],
          cell.matrix === 'entropy' ? undefined : cell.column + 1,
        )
      : undefined;
  return (
    <div className="attention-lab__formula" data-testid="cell-formula">
      <h4 className="attention-lab__formula-title">{strings.formulaTitle}</h4>
      {formula && title ? (
        <>
          <p className="attention-lab__formula-cell">{title}</p>
          <TypesetMath as="p" className="attention-lab__formula-tex" tex={formula.tex} testId="cell-formula-tex" />
        </>
      ) : (
        <p className="attention-lab__hint">{strings.formulaIdle}</p>
      )}
      <Announcer text={formula && title ? `${title}: ${formula.text}` : ''} intervalMs={ANNOUNCE_INTERVAL_MS} />
    </div>
  );
}

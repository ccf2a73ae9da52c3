import type { Locale } from '../../content/locale.ts';
import type { CellRef } from './cellFormula.ts';
import type { LabComputation } from './computeLab.ts';
import type { LabState } from './labState.ts';
import { MatrixGrid } from './MatrixGrid.tsx';
import { formatCell } from './StagePanel.tsx';
import type { AttentionLabStrings } from './strings.ts';
import { VOCABULARY } from './vocabulary.ts';

/** Props of the heat maps. */
export interface WeightsPanelProps {
  state: LabState;
  computation: LabComputation;
  locale: Locale;
  strings: AttentionLabStrings;
  inspected: CellRef | undefined;
  onInspect: (cell: CellRef) => void;
}

/**
 * The attention weights of each head as a heat map with its numbers, rows = the token that looks, columns = the token
 * looked at, and each row's entropy beside it. Always on screen, whichever stage is open: it is what every edit
 * changes in the end. With two heads the maps sit side by side where they fit.
 */
export function WeightsPanel({ state, computation, locale, strings, inspected, onInspect }: WeightsPanelProps) {
  const tokens = state.tokens.map((word) => VOCABULARY[word][locale]);
  const caption = strings.captions({ scale: state.scale, positions: state.positions }).weights;
  return (
    <div className="attention-lab__weights">
      <h4 className="attention-lab__weights-title">{strings.weightsTitle}</h4>
      <div className="attention-lab__grids">
        {computation.heads.map((head, index) => {
          const name = state.heads === 2 ? strings.headCaption(index + 1, caption) : caption;
          return (
            <MatrixGrid
              key={index}
              matrix="weights"
              head={index}
              caption={name}
              label={strings.gridLabel(name, head.weights.length, head.weights.length)}
              values={head.weights}
              rowLabels={tokens}
              columnLabels={tokens}
              rowHeader={strings.rowsLabel}
              format={formatCell}
              heat
              trailing={{ matrix: 'entropy', header: strings.entropyHeader, values: head.entropy }}
              inspected={inspected}
              onInspect={onInspect}
            />
          );
        })}
      </div>
      <p className="attention-lab__hint">{strings.weightsHint}</p>
    </div>
  );
}

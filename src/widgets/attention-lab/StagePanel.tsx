import type { Locale } from '../../content/locale.ts';
import { formatNumber } from '../../ui/formatNumber.ts';
import { NumberField } from '../../ui/NumberField.tsx';
import type { CellRef, MatrixId } from './cellFormula.ts';
import type { LabComputation } from './computeLab.ts';
import type { LabState } from './labState.ts';
import { visibleWeights } from './labState.ts';
import { MatrixGrid } from './MatrixGrid.tsx';
import { LIMITS } from './props.ts';
import { STAGE_MATRICES, type StageId } from './stages.ts';
import type { AttentionLabStrings } from './strings.ts';
import { tableOf } from './useAttentionLab.ts';
import { VOCABULARY } from './vocabulary.ts';

/** Props of one stage's panel. */
export interface StagePanelProps {
  stage: StageId;
  state: LabState;
  computation: LabComputation;
  locale: Locale;
  strings: AttentionLabStrings;
  inspected: CellRef | undefined;
  selectedWeight: CellRef | undefined;
  onInspect: (cell: CellRef) => void;
  onNudge: (cell: CellRef, delta: number) => void;
  onSelectedWeight: (value: number) => void;
}

/** Three significant digits: enough to follow the lab, narrow enough for eight columns on a tablet. */
export const formatCell = (value: number) => (value === Number.NEGATIVE_INFINITY ? '−∞' : formatNumber(value, 3));

/** The matrices that do not belong to a head. */
const INPUT_MATRICES: readonly MatrixId[] = ['embeddings', 'positions', 'inputs', 'concat'];

/**
 * The matrices of one stage: the inputs (E, P and X), the projections (W_Q, W_K, W_V and Q, K, V, with the number
 * field of the selected weight), the scores (S, Z and the mask M) or the output (V, O and, with two heads, their
 * concatenation). Matrices of a head are grouped under the head's name when two heads are on.
 */
export function StagePanel(props: StagePanelProps) {
  const { stage, state, computation, locale, strings, inspected } = props;
  const captions = strings.captions({ scale: state.scale, positions: state.positions });
  const tokens = state.tokens.map((word) => VOCABULARY[word][locale]);
  const featureRows = Array.from({ length: state.modelWidth }, (_unused, index) => String(index + 1));
  const matrices = STAGE_MATRICES[stage].filter((matrix) =>
    matrix === 'positions' || matrix === 'embeddings' ? state.positions : matrix === 'concat' ? state.heads === 2 : true,
  );

  const grid = (matrix: MatrixId, head: number) => {
    const values = valuesOf(matrix, head, state, computation);
    if (!values) return null;
    const isWeight = matrix === 'wq' || matrix === 'wk' || matrix === 'wv';
    const square = matrix === 'scores' || matrix === 'scaled' || matrix === 'mask';
    const caption = captions[matrix];
    return (
      <MatrixGrid
        key={`${matrix}-${head}`}
        matrix={matrix}
        head={head}
        caption={caption}
        label={strings.gridLabel(state.heads === 2 && !INPUT_MATRICES.includes(matrix) ? strings.headCaption(head + 1, caption) : caption, values.length, values[0]?.length ?? 0)}
        values={values}
        rowLabels={isWeight ? featureRows : tokens}
        columnLabels={square ? tokens : undefined}
        rowHeader={strings.rowsLabel}
        format={formatCell}
        editable={isWeight}
        inspected={inspected}
        onInspect={props.onInspect}
        onNudge={props.onNudge}
      />
    );
  };

  const heads = state.heads === 2 ? [0, 1] : [0];
  const shared = matrices.filter((matrix) => INPUT_MATRICES.includes(matrix));
  const perHead = matrices.filter((matrix) => !INPUT_MATRICES.includes(matrix));
  return (
    <div className="attention-lab__stage" data-stage={stage}>
      {perHead.length > 0
        ? heads.map((head) => (
            <div key={head} className="attention-lab__head" data-head={head}>
              {state.heads === 2 ? <h4 className="attention-lab__head-name">{strings.headName(head + 1)}</h4> : null}
              <div className="attention-lab__grids">{perHead.map((matrix) => grid(matrix, head))}</div>
            </div>
          ))
        : null}
      {shared.length > 0 ? <div className="attention-lab__grids">{shared.map((matrix) => grid(matrix, 0))}</div> : null}
      {stage === 'projections' ? <SelectedWeight {...props} /> : null}
    </div>
  );
}

/** The number field (slider and text) of the selected W entry, and the keyboard help. */
function SelectedWeight({ state, strings, selectedWeight, onSelectedWeight }: StagePanelProps) {
  const name = selectedWeight && tableOf(selectedWeight);
  const inRange = selectedWeight && selectedWeight.row < state.modelWidth && selectedWeight.column < state.keyWidth && (selectedWeight.head === 0 || state.heads === 2);
  return (
    <div className="attention-lab__selected">
      <p className="attention-lab__hint">{strings.editHint}</p>
      {name && selectedWeight && inRange ? (
        <NumberField
          label={strings.selectedWeight(weightName(selectedWeight, state.heads))}
          value={state.tables[name][selectedWeight.row]![selectedWeight.column]!}
          min={-2}
          max={2}
          step={0.1}
          hardMin={LIMITS.weight.min}
          hardMax={LIMITS.weight.max}
          refuse={strings.refuse}
          onChange={onSelectedWeight}
          testId="weight"
        />
      ) : null}
    </div>
  );
}

/** "W_Q[2,1]" or, with two heads, "W_Q[2,1] (head 2)" in the lab's plain notation. */
export function weightName(cell: CellRef, heads: number): string {
  const letter = cell.matrix === 'wq' ? 'Q' : cell.matrix === 'wk' ? 'K' : 'V';
  return `W_${letter}[${cell.row + 1},${cell.column + 1}]${heads === 2 ? ` (${cell.head + 1})` : ''}`;
}

/** The numbers of one matrix (of head `head` where it has one), or undefined when the lab does not show it. */
export function valuesOf(matrix: MatrixId, head: number, state: LabState, computation: LabComputation): readonly (readonly number[])[] | undefined {
  const result = computation.heads[head];
  switch (matrix) {
    case 'embeddings':
      return computation.embeddings;
    case 'positions':
      return computation.positions;
    case 'inputs':
      return computation.inputs;
    case 'wq':
    case 'wk':
    case 'wv':
      return visibleWeights(state, head === 1 ? `${matrix}2` : matrix);
    case 'queries':
      return result?.queries;
    case 'keys':
      return result?.keys;
    case 'values':
      return result?.values;
    case 'scores':
      return result?.scores;
    case 'scaled':
      return result?.scaledScores;
    case 'mask':
      return result?.mask;
    case 'weights':
      return result?.weights;
    case 'output':
      return result?.output;
    case 'concat':
      return computation.concatenated;
    default:
      return undefined;
  }
}

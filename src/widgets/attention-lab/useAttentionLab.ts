import { useCallback, useMemo, useState } from 'react';
import { readUrlState } from '../../ui/urlState.ts';
import { useUrlStateWriter } from '../../ui/useUrlStateWriter.ts';
import type { CellRef } from './cellFormula.ts';
import { computeLab, type LabComputation } from './computeLab.ts';
import * as lab from './labState.ts';
import type { AttentionLabProps } from './props.ts';
import type { StageId } from './stages.ts';
import { applyUrlState, serialiseState } from './urlSync.ts';
import type { WordId } from './vocabulary.ts';
import type { MatrixName } from './weightTables.ts';

/** The switches of the lab. */
export type SwitchName = 'mask' | 'scale' | 'positions';

/** The lab's state, what it computes, what the reader is looking at, and the ways to change it. */
export interface AttentionLab {
  state: lab.LabState;
  computation: LabComputation;
  stage: StageId;
  /** The cell whose formula is shown. */
  inspected: CellRef | undefined;
  /** The W entry the number field edits (the last W cell focused or pointed at). */
  selectedWeight: CellRef | undefined;
  setStage: (stage: StageId) => void;
  inspect: (cell: CellRef) => void;
  setToken: (index: number, word: WordId) => void;
  addToken: () => void;
  removeToken: () => void;
  reverseEarlier: () => void;
  setKeyWidth: (keyWidth: number) => void;
  setSwitch: (name: SwitchName, on: boolean) => void;
  setHeads: (heads: 1 | 2) => void;
  /** Sets the selected W entry. */
  setSelectedWeight: (value: number) => void;
  /** Adds `delta` to the W entry of `cell`. */
  nudgeWeight: (cell: CellRef, delta: number) => void;
}

/** The table behind a W cell: W_Q, W_K or W_V of its head. */
export function tableOf(cell: CellRef): MatrixName | undefined {
  if (cell.matrix !== 'wq' && cell.matrix !== 'wk' && cell.matrix !== 'wv') return undefined;
  return cell.head === 1 ? `${cell.matrix}2` : cell.matrix;
}

/**
 * The attention lab's state: the directive's props overridden by the URL, written back to the URL (throttled) once the
 * reader changes something, so that a link reproduces it. The stage and the inspected cell are the reader's view, not
 * part of the link.
 */
export function useAttentionLab(props: AttentionLabProps, instanceId: string): AttentionLab {
  const [state, setState] = useState(() => applyUrlState(props, readUrlState(instanceId)));
  const [stage, setStage] = useState<StageId>('inputs');
  const [inspected, setInspected] = useState<CellRef | undefined>(undefined);
  const [selectedWeight, setSelected] = useState<CellRef | undefined>({ matrix: 'wq', head: 0, row: 0, column: 0 });
  useUrlStateWriter(instanceId, serialiseState(state));
  const computation = useMemo(() => computeLab(state), [state]);

  const inspect = useCallback((cell: CellRef) => {
    setInspected((previous) =>
      previous && previous.matrix === cell.matrix && previous.head === cell.head && previous.row === cell.row && previous.column === cell.column
        ? previous
        : cell,
    );
    if (tableOf(cell)) setSelected(cell);
  }, []);
  const setToken = useCallback((index: number, word: WordId) => setState((previous) => lab.setToken(previous, index, word)), []);
  const addToken = useCallback(() => setState(lab.addToken), []);
  const removeToken = useCallback(() => setState(lab.removeToken), []);
  const reverseEarlier = useCallback(() => setState((previous) => ({ ...previous, tokens: lab.reverseEarlier(previous.tokens) })), []);
  const setKeyWidth = useCallback((keyWidth: number) => setState((previous) => lab.setKeyWidth(previous, keyWidth)), []);
  const setSwitch = useCallback((name: SwitchName, on: boolean) => setState((previous) => ({ ...previous, [name]: on })), []);
  const setHeads = useCallback((heads: 1 | 2) => setState((previous) => ({ ...previous, heads })), []);
  const nudgeWeight = useCallback((cell: CellRef, delta: number) => {
    const name = tableOf(cell);
    if (!name) return;
    setState((previous) => lab.setWeight(previous, name, cell.row, cell.column, previous.tables[name][cell.row]![cell.column]! + delta));
  }, []);
  const setSelectedWeight = useCallback(
    (value: number) => {
      const name = selectedWeight && tableOf(selectedWeight);
      if (!name || !selectedWeight) return;
      setState((previous) => lab.setWeight(previous, name, selectedWeight.row, selectedWeight.column, value));
    },
    [selectedWeight],
  );

  return {
    state,
    computation,
    stage,
    inspected,
    selectedWeight,
    setStage,
    inspect,
    setToken,
    addToken,
    removeToken,
    reverseEarlier,
    setKeyWidth,
    setSwitch,
    setHeads,
    setSelectedWeight,
    nudgeWeight,
  };
}

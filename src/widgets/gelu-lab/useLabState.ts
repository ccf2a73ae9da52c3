import { useCallback, useState } from 'react';
import { readUrlState } from '../../ui/urlState.ts';
import { useUrlStateWriter } from '../../ui/useUrlStateWriter.ts';
import { CURVE_IDS, type CurveId, type GeluLabProps, isValidView, PROBE_LIMIT } from './props.ts';
import { applyUrlState, serialiseState } from './urlSync.ts';
import { cleanNumber, type View } from './view.ts';

/** The lab's state and the ways to change it. */
export interface LabState {
  state: GeluLabProps;
  /** Moves the probe; values outside ±PROBE_LIMIT or not finite are ignored (the controls refuse them first). */
  setProbe: (x: number) => void;
  setView: (view: View) => void;
  toggleCurve: (id: CurveId) => void;
  setKeyPoints: (on: boolean) => void;
}

/**
 * The lab's state: starts from the directive's props overridden by whatever the URL holds for this instance, and
 * writes itself back to the URL (throttled: see useUrlStateWriter) once the reader changes something, so that a link
 * reproduces the view.
 */
export function useLabState(initial: GeluLabProps, instanceId: string): LabState {
  const [state, setState] = useState<GeluLabProps>(() => applyUrlState(initial, readUrlState(instanceId)));
  useUrlStateWriter(instanceId, serialiseState(state));

  const setProbe = useCallback((x: number) => {
    if (!Number.isFinite(x) || Math.abs(x) > PROBE_LIMIT) return;
    const clean = cleanNumber(x);
    setState((previous) => (previous.x === clean ? previous : { ...previous, x: clean }));
  }, []);
  const setView = useCallback((view: View) => {
    if (!isValidView(view.xmin, view.xmax)) return;
    setState((previous) => ({ ...previous, xmin: view.xmin, xmax: view.xmax }));
  }, []);
  const toggleCurve = useCallback((id: CurveId) => {
    setState((previous) => {
      const on = previous.curves.includes(id);
      return { ...previous, curves: CURVE_IDS.filter((curve) => (curve === id ? !on : previous.curves.includes(curve))) };
    });
  }, []);
  const setKeyPoints = useCallback((on: boolean) => setState((previous) => ({ ...previous, keypoints: on })), []);

  return { state, setProbe, setView, toggleCurve, setKeyPoints };
}

import { useEffect, useMemo, useReducer } from 'react';
import type { OptimizerKind } from '../../math/optimizers/optimizer.ts';
import type { SurfaceId } from '../../math/surfaces/surface.ts';
import { readUrlState } from '../../ui/urlState.ts';
import { useUrlStateWriter } from '../../ui/useUrlStateWriter.ts';
import type { AdamLabProps } from './props.ts';
import { initialLabState, labReducer, type LabState, type NumericSetting, type PanelId } from './labState.ts';
import { applyUrlState, serialiseState } from './urlSync.ts';

/** Every way the reader changes the lab, as callbacks that keep their identity (so memoised controls skip renders). */
export interface LabActions {
  surface: (surface: SurfaceId) => void;
  start: (start: readonly number[]) => void;
  setting: (key: NumericSetting, value: number) => void;
  steps: (steps: number) => void;
  toggle: (kind: OptimizerKind) => void;
  reset: () => void;
  back: () => void;
  forward: () => void;
  /** Plays, or pauses while playing. */
  playPause: () => void;
  speed: (speed: number) => void;
  panel: (panel: PanelId) => void;
}

/**
 * The lab's state: the directive's props overridden by whatever the URL holds for this instance. Writes itself back to
 * the URL (throttled, and not while playing: see useUrlStateWriter) once the reader changes something, and advances t
 * while playing.
 */
export function useLabState(props: AdamLabProps, instanceId: string): [LabState, LabActions] {
  const [state, dispatch] = useReducer(labReducer, props, (initial) =>
    applyUrlState(initialLabState(initial), typeof window === 'undefined' ? {} : readUrlState(instanceId)),
  );
  useUrlStateWriter(instanceId, serialiseState(state), state.playing);

  useEffect(() => {
    if (!state.playing) return undefined;
    const timer = window.setInterval(() => dispatch({ type: 'tick' }), 1000 / state.speed);
    return () => window.clearInterval(timer);
  }, [state.playing, state.speed]);

  const { playing } = state;
  const actions = useMemo(
    (): LabActions => ({
      surface: (surface) => dispatch({ type: 'surface', surface }),
      start: (start) => dispatch({ type: 'start', start }),
      setting: (key, value) => dispatch({ type: 'setting', key, value }),
      steps: (steps) => dispatch({ type: 'steps', steps }),
      toggle: (kind) => dispatch({ type: 'toggle', kind }),
      reset: () => dispatch({ type: 'reset' }),
      back: () => dispatch({ type: 'back' }),
      forward: () => dispatch({ type: 'forward' }),
      playPause: () => dispatch({ type: playing ? 'pause' : 'play' }),
      speed: (speed) => dispatch({ type: 'speed', speed }),
      panel: (panel) => dispatch({ type: 'panel', panel }),
    }),
    [playing],
  );
  return [state, actions];
}

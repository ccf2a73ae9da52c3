import { type Dispatch, useEffect, useReducer } from 'react';
import { readUrlState } from '../../ui/urlState.ts';
import { useUrlStateWriter } from '../../ui/useUrlStateWriter.ts';
import type { AdamLabProps } from './attributes.ts';
import { initialLabState, type LabAction, labReducer, type LabState } from './labState.ts';
import { applyUrlState, serialiseState } from './urlSync.ts';

/**
 * The lab's state: the directive's props overridden by whatever the URL holds for this instance. Writes itself back to
 * the URL (throttled, and not while playing: see useUrlStateWriter) once the reader changes something, and advances t
 * while playing.
 */
export function useLabState(props: AdamLabProps, instanceId: string): [LabState, Dispatch<LabAction>] {
  const [state, dispatch] = useReducer(labReducer, props, (initial) =>
    applyUrlState(initialLabState(initial), typeof window === 'undefined' ? {} : readUrlState(instanceId)),
  );
  useUrlStateWriter(instanceId, serialiseState(state), state.playing);

  useEffect(() => {
    if (!state.playing) return undefined;
    const timer = window.setInterval(() => dispatch({ type: 'tick' }), 1000 / state.speed);
    return () => window.clearInterval(timer);
  }, [state.playing, state.speed]);

  return [state, dispatch];
}

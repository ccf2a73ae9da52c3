import { type Dispatch, useEffect, useReducer, useRef } from 'react';
import { readUrlState, writeUrlState } from '../../ui/urlState.ts';
import type { AdamLabProps } from './attributes.ts';
import { initialLabState, type LabAction, labReducer, type LabState } from './labState.ts';
import { applyUrlState, serialiseState } from './urlSync.ts';

/** Wait after the last change before writing the URL: browsers throttle (Safari even refuses) rapid replaceState. */
export const URL_WRITE_DELAY_MS = 300;

/**
 * The lab's state: the directive's props overridden by whatever the URL holds for this instance. Writes itself back to
 * the URL (debounced, and not while playing) once the reader changes something, and advances t while playing.
 */
export function useLabState(props: AdamLabProps, instanceId: string): [LabState, Dispatch<LabAction>] {
  const [state, dispatch] = useReducer(labReducer, props, (initial) =>
    applyUrlState(initialLabState(initial), typeof window === 'undefined' ? {} : readUrlState(instanceId)),
  );
  const lastWritten = useRef(JSON.stringify(serialiseState(state)));

  useEffect(() => {
    if (state.playing) return undefined;
    const serialised = serialiseState(state);
    const key = JSON.stringify(serialised);
    if (key === lastWritten.current) return undefined;
    const timer = window.setTimeout(() => {
      lastWritten.current = key;
      writeUrlState(instanceId, serialised);
    }, URL_WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state, instanceId]);

  useEffect(() => {
    if (!state.playing) return undefined;
    const timer = window.setInterval(() => dispatch({ type: 'tick' }), 1000 / state.speed);
    return () => window.clearInterval(timer);
  }, [state.playing, state.speed]);

  return [state, dispatch];
}

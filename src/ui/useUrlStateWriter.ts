import { useEffect, useRef } from 'react';
import { writeUrlState } from './urlState.ts';

/**
 * Shortest gap between two URL writes of one widget. Browsers throttle rapid replaceState (Chromium ignores calls past
 * 200 in 10 s, Safari refuses them), and a dragged slider changes state every frame.
 */
export const URL_WRITE_INTERVAL_MS = 300;

/**
 * Keeps a widget's keys in the URL (see urlState.ts) equal to `state`, so that a link reproduces the view. Nothing is
 * written until `state` differs from what it was on mount (opening a page leaves its URL alone). A change after a quiet
 * spell is written in the next task, off the input's frame; further changes at most once per URL_WRITE_INTERVAL_MS,
 * always the latest. While `paused` (a widget playing an animation), nothing is written; the state is written when
 * the pause ends.
 */
export function useUrlStateWriter(instanceId: string, state: Readonly<Record<string, string>>, paused = false): void {
  const key = JSON.stringify(state);
  const written = useRef(key);
  const lastWriteAt = useRef(Number.NEGATIVE_INFINITY);

  useEffect(() => {
    if (paused || key === written.current) return undefined;
    const wait = Math.max(0, lastWriteAt.current + URL_WRITE_INTERVAL_MS - Date.now());
    const timer = window.setTimeout(() => {
      written.current = key;
      lastWriteAt.current = Date.now();
      writeUrlState(instanceId, JSON.parse(key) as Record<string, string>);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [key, instanceId, paused]);
}

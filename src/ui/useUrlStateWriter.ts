import { useEffect, useRef } from 'react';
import { afterNextPaint } from './afterNextPaint.ts';
import { writeUrlState } from './urlState.ts';

/**
 * How long a widget's state must rest before it is written to the URL, when changes follow each other quickly (a
 * dragged slider changes state every frame). Browsers throttle rapid replaceState: Chromium ignores calls past 200 in
 * 10 s, and each call is a round trip to the browser process that an input's frame should not wait for.
 */
export const URL_WRITE_DELAY_MS = 300;

/**
 * Keeps a widget's keys in the URL (see urlState.ts) equal to `state`, so that a link reproduces the view. Nothing is
 * written until `state` differs from what it was on mount (opening a page leaves its URL alone). A change after a
 * quiet spell is written just after the next paint, so that the input's frame does not wait for it; a burst of changes is written once, when it has
 * rested URL_WRITE_DELAY_MS. While `paused` (a widget playing an animation), nothing is written; the state is written
 * when the pause ends.
 */
export function useUrlStateWriter(instanceId: string, state: Readonly<Record<string, string>>, paused = false): void {
  const key = JSON.stringify(state);
  const written = useRef(key);
  const lastChangeAt = useRef(Number.NEGATIVE_INFINITY);

  useEffect(() => {
    if (paused || key === written.current) return undefined;
    const now = Date.now();
    const quiet = now - lastChangeAt.current >= URL_WRITE_DELAY_MS;
    lastChangeAt.current = now;
    const write = () => {
      written.current = key;
      writeUrlState(instanceId, JSON.parse(key) as Record<string, string>);
    };
    if (quiet) return afterNextPaint(write);
    const timer = window.setTimeout(write, URL_WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [key, instanceId, paused]);
}

import { useEffect, useRef, useState } from 'react';
import { afterNextPaint } from './afterNextPaint.ts';

/**
 * `value`, one paint behind: when it changes, the old value is kept until the frame showing everything else has been
 * painted, then the new one is shown; while it keeps changing (a dragged slider), at most once per `intervalMs`, always
 * the latest, and once it has not changed for `settleMs`, at once (by default only the interval counts). For output
 * that is slow to draw and can follow a moment later, so that it never delays the frame that answers an input. The
 * first render returns `value` itself.
 */
export function useValueAfterPaint<T>(value: T, intervalMs = 0, settleMs = intervalMs): T {
  const [shown, setShown] = useState(value);
  const shownAt = useRef(Number.NEGATIVE_INFINITY);

  useEffect(() => {
    if (Object.is(shown, value)) return undefined;
    const show = () => {
      shownAt.current = performance.now();
      setShown(value);
    };
    // Every change restarts this wait, so the settle time counts from the latest one.
    const wait = Math.min(shownAt.current + intervalMs - performance.now(), settleMs);
    if (wait <= 0) return afterNextPaint(show);
    let cancelPaint = () => {};
    const timer = window.setTimeout(() => {
      cancelPaint = afterNextPaint(show);
    }, wait);
    return () => {
      window.clearTimeout(timer);
      cancelPaint();
    };
  }, [value, shown, intervalMs, settleMs]);

  return shown;
}

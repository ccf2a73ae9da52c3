/**
 * How quiz components reach the reader's progress and the clock. Each widget mounts in its own React root, so both
 * default to page-wide values (the tab's ReviewStore, the system clock); tests and the review page's preview mode
 * provide their own.
 */
import { createContext, useCallback, useContext, useEffect, useReducer, useSyncExternalStore } from 'react';
import { getReviewStore, type ReviewSnapshot, type ReviewStore } from '../../storage/index.ts';

/** The store to use; undefined means the tab's shared store, opened on first use in the browser. */
export const ReviewStoreContext = createContext<ReviewStore | undefined>(undefined);

/** The clock: every "now" of the quiz UI comes from here, so tests and previews can move time. */
export const ClockContext = createContext<() => Date>(() => new Date());

/** While prerendering (no IndexedDB) and during hydration: nothing known yet. */
const SERVER_SNAPSHOT: ReviewSnapshot = { ready: false, reviews: [], cards: new Map(), quarantinedCount: 0, issues: [] };

/** A getter for the store, to call in event handlers and effects (never while rendering on the server). */
export function useReviewStoreGetter(): () => ReviewStore {
  const provided = useContext(ReviewStoreContext);
  return useCallback(() => provided ?? getReviewStore(), [provided]);
}

/** The reader's progress, live: re-renders on every change in this tab or another. */
export function useReviewSnapshot(): ReviewSnapshot {
  const store = useReviewStoreGetter();
  const subscribe = useCallback((listener: () => void) => store().subscribe(listener), [store]);
  const getSnapshot = useCallback(() => store().getSnapshot(), [store]);
  return useSyncExternalStore(subscribe, getSnapshot, () => SERVER_SNAPSHOT);
}

/** The clock function from context. */
export function useClock(): () => Date {
  return useContext(ClockContext);
}

/** How often time-dependent views (due counts) look at the clock again. */
export const CLOCK_TICK_MS = 60_000;

/** The current time, re-read every `tickMs` so that cards falling due show up without a reload. */
export function useNow(tickMs: number = CLOCK_TICK_MS): Date {
  const clock = useClock();
  const [, tick] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    const timer = window.setInterval(tick, tickMs);
    return () => window.clearInterval(timer);
  }, [tickMs]);
  return clock();
}

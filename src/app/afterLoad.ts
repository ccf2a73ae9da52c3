import { startTransition, useEffect, useState } from 'react';

/** The longest a task waits for an idle moment once the page has loaded. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Runs `task` once the page has loaded and the browser has an idle moment (or after IDLE_TIMEOUT_MS at the latest).
 * Work that no reader needs for the first view (quiz progress from IndexedDB, service worker, measuring the chapter)
 * goes here, so it neither delays the first paint nor piles onto the tasks that hydrate the page. Each call gets its
 * own idle callback, so separate pieces of work run as separate, short tasks. Returns a function that cancels it.
 */
export function afterLoad(task: () => void): () => void {
  let cancelled = false;
  let cancelIdle = () => {};
  const run = () => {
    if (cancelled) return;
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => !cancelled && task(), { timeout: IDLE_TIMEOUT_MS });
      cancelIdle = () => window.cancelIdleCallback(handle);
    } else {
      const handle = window.setTimeout(() => !cancelled && task(), 200);
      cancelIdle = () => window.clearTimeout(handle);
    }
  };
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', run);
    cancelIdle();
  };
}

/**
 * False until {@link afterLoad} fires (always false on the server): for pieces that render only after that. Their
 * render is a transition, which React time-slices.
 */
export function useAfterLoad(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => afterLoad(() => startTransition(() => setReady(true))), []);
  return ready;
}

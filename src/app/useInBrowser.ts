import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};

/**
 * False on the server and during hydration, true after: client-only pieces (lazy chunks, IndexedDB readers) render
 * only in the browser, so the prerendered HTML and the hydrating tree agree and no Suspense boundary has to fall back
 * to client rendering (React error #419).
 */
export function useInBrowser(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}

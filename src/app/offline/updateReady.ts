/**
 * "A new version of the notebook is waiting": announced by the service worker registration (./serviceWorker.ts),
 * heard by the update prompt, whose island wakes for it. Kept apart from the registration, which imports a module
 * only the build provides.
 */

type Listener = (update: () => Promise<void>) => void;
const listeners = new Set<Listener>();
let pendingUpdate: (() => Promise<void>) | undefined;

/** Subscribes to "a new version is ready"; the callback gets a function that activates it and reloads. */
export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  if (pendingUpdate) listener(pendingUpdate);
  return () => listeners.delete(listener);
}

/** Tells every subscriber, now and later, that `update` activates the waiting version. */
export function announceUpdateReady(update: () => Promise<void>): void {
  pendingUpdate = update;
  for (const listener of listeners) listener(update);
}

/**
 * "This page now holds quiz progress to show": reviews were read or written, or something went wrong with storage.
 * Islands that show that progress (the due badge, the storage notice) stay static HTML on a page without any and
 * wake when this is announced, so that a first answer given on the page shows up in them at once.
 */

const PROGRESS_PRESENT_EVENT = 'notebook:progress-present';

let announced = false;

/** Announces, once per page, that there is progress (or a storage issue) to show. */
export function announceProgressPresent(): void {
  if (announced || typeof window === 'undefined') return;
  announced = true;
  window.dispatchEvent(new Event(PROGRESS_PRESENT_EVENT));
}

/** Calls `listener` once there is progress to show on this page (at once if there already is). Returns the unsubscribe function. */
export function onProgressPresent(listener: () => void): () => void {
  if (announced) {
    listener();
    return () => {};
  }
  window.addEventListener(PROGRESS_PRESENT_EVENT, listener, { once: true });
  return () => window.removeEventListener(PROGRESS_PRESENT_EVENT, listener);
}

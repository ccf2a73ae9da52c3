// The raw side of reading progress, without validation (and so without zod): small enough for every page's first
// render. Parsing lives in readingProgress.ts, which pages load later.
import { READING_STORAGE_KEY } from './storageKeys.ts';

/** The stored text ('' when nothing is stored or storage is unavailable): a stable snapshot for React. */
export function readRawReadingProgress(): string {
  try {
    return localStorage.getItem(READING_STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Calls `listener` when another tab records reading. Returns the unsubscribe function. */
export function subscribeToReadingProgress(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === READING_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

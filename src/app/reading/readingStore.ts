// The raw side of reading progress, without validation (and so without zod): small enough for every page's first
// render. Parsing lives in readingProgress.ts, which pages load later.
import type { Locale } from '../../content/locale.ts';

/** localStorage key of the reading progress (where the reader was, how much of each chapter they have read). */
export const READING_STORAGE_KEY = 'notebook.reading.v1';
/** localStorage key of the reader's language choice; the landing page's redirect reads the same key. */
export const LOCALE_STORAGE_KEY = 'notebook.locale';

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

/** Remembers the reader's language choice for the landing page. */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Without storage the browser's language decides next time.
  }
}

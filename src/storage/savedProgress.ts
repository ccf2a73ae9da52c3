import { DATABASE_NAME, STORE } from './storageKeys.ts';
import { readRawReadingProgress } from './readingStore.ts';

/**
 * Cheap looks at whether this browser holds any of the reader's progress, without validating it (that code, and
 * React, load only when there is something to show). When the browser cannot tell, the answer is yes: an island that
 * wakes for nothing costs a little time, one that stays asleep would hide the reader's progress.
 */

/** Whether the quiz progress database holds any review (or any record set aside, which the notice reports). */
export async function hasSavedReviews(name: string = DATABASE_NAME): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    // Listing first: opening a database that does not exist would create it, empty and at the wrong version.
    if (typeof indexedDB.databases === 'function') {
      const databases = await indexedDB.databases();
      if (!databases.some((database) => database.name === name)) return false;
    }
    // idb loads only now, for a reader who has the database: the page's first script stays without it.
    const { openDB } = await import('idb');
    const database = await openDB(name, undefined, {
      // Only when it was deleted since the listing (or cannot be listed): leave it uncreated.
      upgrade: (_database, _oldVersion, _newVersion, transaction) => transaction.abort(),
    });
    try {
      const stores = [STORE.reviews, STORE.quarantine].filter((store) => database.objectStoreNames.contains(store));
      const counts = await Promise.all(stores.map((store) => database.count(store)));
      return counts.some((count) => count > 0);
    } finally {
      database.close();
    }
  } catch (error) {
    // An aborted creation means there was nothing; anything else means we could not tell.
    return !(error instanceof DOMException && error.name === 'AbortError');
  }
}

/** Whether reading progress (where the reader was, how much of each chapter they read) is stored. */
export function hasSavedReading(): boolean {
  return readRawReadingProgress() !== '';
}

/**
 * Reads the review log and keeps it clean: a record that fails validation is moved to the quarantine store (copied
 * there and removed from the log in one transaction), never dropped. The reader is told through the quarantine count.
 */
import { reviewRecordSchema, type ReviewRecord } from '../quiz/engine/index.ts';
import type { NotebookDatabaseConnection } from './openDatabase.ts';
import { describeInvalid, type QuarantineEntry } from './schema.ts';
import { STORE } from './storageKeys.ts';

/** The valid reviews, and how many entries the quarantine store holds afterwards. */
export interface ReviewReading {
  reviews: ReviewRecord[];
  quarantinedCount: number;
}

/** Reads every review; quarantines the invalid ones. `now` stamps the quarantine entries. */
export async function readReviews(database: NotebookDatabaseConnection, now: () => Date): Promise<ReviewReading> {
  const reviews: ReviewRecord[] = [];
  const invalid: { key: string; entry: QuarantineEntry }[] = [];
  const transaction = database.transaction([STORE.reviews, STORE.quarantine], 'readonly');
  let cursor = await transaction.objectStore(STORE.reviews).openCursor();
  while (cursor) {
    const parsed = reviewRecordSchema.safeParse(cursor.value, { reportInput: true });
    // A record whose id does not match its key would be unreachable by id: also kept aside.
    if (parsed.success && parsed.data.id === cursor.key) {
      reviews.push(parsed.data);
    } else {
      invalid.push({
        key: cursor.key,
        entry: {
          id: `${STORE.reviews}:${String(cursor.key)}`,
          source: `${STORE.reviews} (schema version 2)`,
          value: cursor.value,
          reason: parsed.success ? 'id does not match the record key' : describeInvalid(parsed.error),
          quarantinedAt: now().toISOString(),
        },
      });
    }
    cursor = await cursor.continue();
  }
  let quarantinedCount = await transaction.objectStore(STORE.quarantine).count();
  await transaction.done;
  if (invalid.length > 0) {
    const move = database.transaction([STORE.reviews, STORE.quarantine], 'readwrite');
    const writes = invalid.flatMap(({ key, entry }) => [
      move.objectStore(STORE.quarantine).put(entry),
      move.objectStore(STORE.reviews).delete(key),
    ]);
    await Promise.all([...writes, move.done]);
    quarantinedCount = await database.count(STORE.quarantine);
  }
  return { reviews, quarantinedCount };
}

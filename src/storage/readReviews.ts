/**
 * Reads the review log and keeps it clean: a record that fails validation is moved to the quarantine store (copied
 * there and removed from the log in one transaction), never dropped. The reader is told through the quarantine count.
 * A database saved by a newer version of the notebook is only read: its records that this version cannot read stay
 * where they are, and are handed back so that an export can still carry them.
 */
import { reviewRecordSchema, type ReviewRecord } from '../quiz/engine/index.ts';
import type { NotebookDatabaseConnection } from './openDatabase.ts';
import { describeInvalid, type QuarantineEntry } from './schema.ts';
import { STORE } from './storageKeys.ts';

/** The valid reviews, how many entries the quarantine store holds afterwards, and what was left unread. */
export interface ReviewReading {
  reviews: ReviewRecord[];
  quarantinedCount: number;
  /** Read-only mode: the records this version cannot read, described as quarantine entries but not moved. */
  unreadable: QuarantineEntry[];
}

/**
 * Reads every review. Normally quarantines the invalid ones; with `readOnly` (a newer database, whose records this
 * version may not understand) writes nothing and returns them as `unreadable`. `now` stamps the entries.
 */
export async function readReviews(
  database: NotebookDatabaseConnection,
  now: () => Date,
  { readOnly = false, schemaVersion = database.version }: { readOnly?: boolean; schemaVersion?: number } = {},
): Promise<ReviewReading> {
  const reviews: ReviewRecord[] = [];
  const invalid: { key: string; entry: QuarantineEntry }[] = [];
  // A newer schema may have renamed or dropped a store: read what is there.
  const stores = [STORE.reviews, STORE.quarantine].filter((store) => database.objectStoreNames.contains(store));
  if (stores.length === 0) return { reviews, quarantinedCount: 0, unreadable: [] };
  const transaction = database.transaction(stores, 'readonly');
  // Keys and values in two requests of one transaction (both in key order), not a cursor: a cursor waits for a task per
  // record, which made reading 60,000 reviews take seconds.
  const [keys, values] = stores.includes(STORE.reviews)
    ? await Promise.all([transaction.objectStore(STORE.reviews).getAllKeys(), transaction.objectStore(STORE.reviews).getAll()])
    : [[], []];
  keys.forEach((key, position) => {
    const value: unknown = values[position];
    const parsed = reviewRecordSchema.safeParse(value, { reportInput: true });
    // A record whose id does not match its key would be unreachable by id: also kept aside.
    if (parsed.success && parsed.data.id === key) {
      reviews.push(parsed.data);
      return;
    }
    invalid.push({
      key,
      entry: {
        id: `${STORE.reviews}:${String(key)}`,
        source: `${STORE.reviews} (schema version ${schemaVersion})`,
        value,
        reason: parsed.success ? 'id does not match the record key' : describeInvalid(parsed.error),
        quarantinedAt: now().toISOString(),
      },
    });
  });
  let quarantinedCount = stores.includes(STORE.quarantine) ? await transaction.objectStore(STORE.quarantine).count() : 0;
  await transaction.done;
  if (readOnly) return { reviews, quarantinedCount, unreadable: invalid.map(({ entry }) => entry) };
  if (invalid.length > 0) {
    const move = database.transaction([STORE.reviews, STORE.quarantine], 'readwrite');
    const writes = invalid.flatMap(({ key, entry }) => [
      move.objectStore(STORE.quarantine).put(entry),
      move.objectStore(STORE.reviews).delete(key),
    ]);
    await Promise.all([...writes, move.done]);
    quarantinedCount = await database.count(STORE.quarantine);
  }
  return { reviews, quarantinedCount, unreadable: [] };
}

/**
 * Opens the progress database, running every migration from the version found to DATABASE_VERSION in the upgrade
 * transaction (so a failed migration leaves the old data as it was).
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { describeInvalid, migrateReviewV1, type NotebookDatabase, type QuarantineEntry } from './schema.ts';
import { DATABASE_VERSION, STORE } from './storageKeys.ts';

/** The open database. */
export type NotebookDatabaseConnection = IDBPDatabase<NotebookDatabase>;

type UpgradeTransaction = IDBPTransaction<NotebookDatabase, StoreNames<NotebookDatabase>[], 'versionchange'>;

/**
 * Opens (creating or upgrading) the database `name`. `onBlocking` runs when a newer version of the notebook in another
 * tab wants to upgrade: the connection is closed first so that tab is not stuck.
 */
export function openNotebookDatabase(name: string, onBlocking: () => void): Promise<NotebookDatabaseConnection> {
  let connection: NotebookDatabaseConnection | undefined;
  const opening = openDB<NotebookDatabase>(name, DATABASE_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      // Each step moves the schema one version forward; they run in order, all inside this one transaction.
      if (oldVersion < 1) database.createObjectStore(STORE.reviews, { keyPath: 'id' });
      if (oldVersion < 2) {
        database.createObjectStore(STORE.quarantine, { keyPath: 'id' });
        if (oldVersion >= 1) {
          migrateReviewsFromVersion1(transaction).catch(() => transaction.abort());
        }
      }
    },
    blocking() {
      connection?.close();
      onBlocking();
    },
  });
  return opening.then((opened) => {
    connection = opened;
    return opened;
  });
}

/** Rewrites every version 1 review in place; a record that is not a valid version 1 review is quarantined. */
async function migrateReviewsFromVersion1(transaction: UpgradeTransaction): Promise<void> {
  const quarantine = transaction.objectStore(STORE.quarantine);
  let cursor = await transaction.objectStore(STORE.reviews).openCursor();
  while (cursor) {
    try {
      await cursor.update(migrateReviewV1(cursor.value));
    } catch (error) {
      const entry: QuarantineEntry = {
        id: `${STORE.reviews}:${String(cursor.key)}`,
        source: `${STORE.reviews} (schema version 1)`,
        value: cursor.value,
        reason: describeInvalid(error),
        quarantinedAt: new Date().toISOString(),
      };
      await quarantine.put(entry);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
}

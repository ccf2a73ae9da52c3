/**
 * Opens the progress database, running every migration from the version found to DATABASE_VERSION in the upgrade
 * transaction (so a failed migration leaves the old data as it was). A database that a newer version of the notebook
 * has already upgraded is opened as it is, to be read and never written.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { describeInvalid, migrateReviewV1, migrateReviewV2, type NotebookDatabase, type QuarantineEntry } from './schema.ts';
import { DATABASE_VERSION, STORE } from './storageKeys.ts';

/** The open database. */
export type NotebookDatabaseConnection = IDBPDatabase<NotebookDatabase>;

/** The open database, and whether it belongs to a newer version of the notebook. */
export interface OpenedDatabase {
  connection: NotebookDatabaseConnection;
  /** The schema version of a database saved by a newer notebook (higher than DATABASE_VERSION): read it, never write. */
  newerVersion: number | undefined;
}

type UpgradeTransaction = IDBPTransaction<NotebookDatabase, StoreNames<NotebookDatabase>[], 'versionchange'>;

/**
 * Opens (creating or upgrading) the database `name`. `onBlocking` runs when a newer version of the notebook in another
 * tab wants to upgrade: the connection is closed first so that tab is not stuck. When the database already has a
 * higher version than this notebook knows, it is opened at that version, with no upgrade, and `newerVersion` says so.
 */
export async function openNotebookDatabase(name: string, onBlocking: () => void): Promise<OpenedDatabase> {
  let connection: NotebookDatabaseConnection | undefined;
  const blocking = () => {
    connection?.close();
    onBlocking();
  };
  try {
    connection = await openDB<NotebookDatabase>(name, DATABASE_VERSION, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        // Each step moves the schema forward; they run in order, all inside this one transaction.
        if (oldVersion < 1) database.createObjectStore(STORE.reviews, { keyPath: 'id' });
        if (oldVersion < 2) database.createObjectStore(STORE.quarantine, { keyPath: 'id' });
        if (oldVersion === 1 || oldVersion === 2) migrateReviews(transaction, oldVersion).catch(() => transaction.abort());
      },
      blocking,
    });
    return { connection, newerVersion: undefined };
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name !== 'VersionError') throw error;
  }
  // Opening without a version opens the version that is there. Should the database have vanished meanwhile, the open
  // would create an empty one: refuse that upgrade, so nothing is ever written here.
  connection = await openDB<NotebookDatabase>(name, undefined, {
    upgrade(_database, _oldVersion, _newVersion, transaction) {
      transaction.abort();
    },
    blocking,
  });
  return { connection, newerVersion: connection.version };
}

/**
 * Rewrites every review of a version 1 or 2 database in the current form (schema.ts says what changes); a record that
 * is not a valid review of its version is moved to quarantine, unchanged.
 */
async function migrateReviews(transaction: UpgradeTransaction, fromVersion: 1 | 2): Promise<void> {
  const quarantine = transaction.objectStore(STORE.quarantine);
  let cursor = await transaction.objectStore(STORE.reviews).openCursor();
  while (cursor) {
    try {
      await cursor.update(fromVersion === 1 ? migrateReviewV1(cursor.value) : migrateReviewV2(cursor.value));
    } catch (error) {
      const entry: QuarantineEntry = {
        id: `${STORE.reviews}:${String(cursor.key)}`,
        source: `${STORE.reviews} (schema version ${fromVersion})`,
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

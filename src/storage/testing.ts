/** Helpers for the storage tests (imported by *.test.ts only). */
import * as fakeIndexedDB from 'fake-indexeddb';
import type { ReviewRecord } from '../quiz/engine/index.ts';
import { ReviewStore, type ReviewDraft } from './reviewStore.ts';

/**
 * Puts fake-indexeddb in the global scope (the database and the classes idb checks values against). Idempotent; every
 * test then uses a database name of its own, so tests do not see each other's data.
 */
export function installFakeIndexedDB(): void {
  const { default: _default, forceCloseDatabase: _close, IDBRecord: _record, ...globals } = fakeIndexedDB;
  Object.assign(globalThis, globals);
}

installFakeIndexedDB();

let counter = 0;

/** Options for a store on a database and channel no other test uses (pass the same `name` for a second "tab"). */
export function isolatedStoreOptions(name = `test-${Date.now()}-${++counter}`) {
  return { databaseName: name, channelName: `channel-${name}`, requestPersistence: async () => true };
}

/** Opens a store and waits for its first read. */
export async function openStore(name?: string): Promise<{ store: ReviewStore; name: string }> {
  const options = isolatedStoreOptions(name);
  const store = new ReviewStore(options);
  await store.ready;
  return { store, name: options.databaseName };
}

/** A review draft answered at `answeredAt` (right with Good unless told otherwise). */
export function draft(questionId: string, answeredAt: Date, extra: Partial<ReviewDraft> = {}): ReviewDraft {
  return { questionId, rating: 3, correct: true, answeredAt, ...extra };
}

/** A complete record, as found in an exported file. */
export function record(id: string, questionId: string, extra: Partial<ReviewRecord> = {}): ReviewRecord {
  return { id, questionId, rating: 3, correct: true, answeredAt: '2025-03-01T09:00:00.000Z', ...extra };
}

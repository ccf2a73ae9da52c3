import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { buildProgressFile } from './progressFile.ts';
import type { ReviewStore } from './reviewStore.ts';
import { StorageWriteError } from './storageErrors.ts';
import { DATABASE_VERSION, STORE } from './storageKeys.ts';
import { draft, openStore, record } from './testing.ts';

// A progress database left by a newer notebook (a higher schema version): this version shows what it can read, says
// why it does not save, and never writes over the newer data, neither by upgrading nor by answers or imports.

const NEWER = DATABASE_VERSION + 1;
const readable = [record('1', 'gelu-at-1'), record('2', 'adam-cloze', { rating: 1, correct: false })];
/** A record in a shape this version does not know (as a newer schema might store it). */
const future = { id: '3', question: { id: 'loss-sft-mask', locale: 'zh' }, grade: { fsrs: 3 }, at: 1_750_000_000_000 };
const stores: ReviewStore[] = [];
/** An object store that only the made-up newer version has (not a name of this notebook: storageKeys.ts lists those). */
const NEWER_VERSION_STORE = 'made-up-store-of-a-newer-version';
let counter = 0;

/** Writes a database as a newer notebook might: the same stores plus one this version does not know. */
async function writeNewerDatabase(): Promise<string> {
  const name = `newer-${Date.now()}-${++counter}`;
  const database = await openDB(name, NEWER, {
    upgrade(created) {
      created.createObjectStore('reviews', { keyPath: 'id' });
      created.createObjectStore('quarantine', { keyPath: 'id' });
      created.createObjectStore(NEWER_VERSION_STORE, { keyPath: 'key' });
    },
  });
  for (const value of [...readable, future]) await database.put('reviews', value);
  await database.put(NEWER_VERSION_STORE, { key: 'theme', value: 'dark' });
  database.close();
  return name;
}

/** Everything in the database, to compare before and after. */
async function dump(name: string) {
  const database = await openDB(name);
  const contents = {
    version: database.version,
    stores: [...database.objectStoreNames],
    reviews: await database.getAll(STORE.reviews),
    quarantine: await database.getAll(STORE.quarantine),
  };
  database.close();
  return contents;
}

async function openNewer() {
  const name = await writeNewerDatabase();
  const before = await dump(name);
  const { store } = await openStore(name);
  stores.push(store);
  return { name, before, store };
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe('a progress database saved by a newer version', () => {
  it('is shown as far as it can be read, and the reader is told why nothing is saved (not "private mode")', async () => {
    const { store } = await openNewer();
    const snapshot = store.getSnapshot();
    expect(snapshot.reviews).toEqual(readable);
    expect(snapshot.cards.get('adam-cloze')?.lastCorrect).toBe(false);
    expect(snapshot.issues).toEqual([{ kind: 'newer-version', version: NEWER, unreadable: 1 }]);
    expect(snapshot.issues.some((issue) => issue.kind === 'unavailable')).toBe(false);
  });

  it('refuses answers with that reason and leaves the database exactly as it was', async () => {
    const { name, before, store } = await openNewer();
    const failure = await store.append(draft('gelu-at-1', new Date('2025-04-01T00:00:00Z'))).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageWriteError);
    expect((failure as StorageWriteError).kind).toBe('newer-version');
    expect(store.getSnapshot().reviews).toEqual(readable);
    expect(store.getSnapshot().issues.map((issue) => issue.kind)).toEqual(['newer-version']);
    store.close();
    expect(await dump(name)).toEqual(before);
  });

  it('refuses imports with that reason, and writes nothing', async () => {
    const { name, before, store } = await openNewer();
    const outcome = await store.importText(JSON.stringify(buildProgressFile([record('9', 'overview-roles')], [], new Date())));
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'newer-database' } });
    store.close();
    expect(await dump(name)).toEqual(before);
  });

  it('exports what it can read, and carries the records it cannot read as they are', async () => {
    const { store } = await openNewer();
    const file = await store.exportFile();
    expect(file.reviews).toEqual(readable);
    expect(file.quarantined).toMatchObject([{ id: 'reviews:3', value: future, source: `reviews (schema version ${NEWER})` }]);
  });

  it('is read again, still without writing, when another tab changes it', async () => {
    const { name, store } = await openNewer();
    const writer = await openDB(name, NEWER);
    await writer.put('reviews', record('4', 'overview-roles'));
    writer.close();
    await store.refresh();
    expect(store.getSnapshot().reviews.map((review) => review.id).sort()).toEqual(['1', '2', '4']);
    expect((await dump(name)).reviews).toHaveLength(4);
  });
});

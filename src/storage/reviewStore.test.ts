import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewStore } from './reviewStore.ts';
import { StorageWriteError } from './storageErrors.ts';
import { DATABASE_VERSION } from './storageKeys.ts';
import { draft, isolatedStoreOptions, openStore } from './testing.ts';

const at = new Date('2025-03-01T09:00:00.000Z');
const opened: ReviewStore[] = [];

/** Opens a store and remembers to close it. */
async function tab(name?: string) {
  const result = await openStore(name);
  opened.push(result.store);
  return result;
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('ReviewStore', () => {
  it('keeps reviews across a reload and rebuilds the cards from them', async () => {
    const { store, name } = await tab();
    await store.append(draft('gelu-at-1', at));
    await store.append(draft('adam-cloze', at, { rating: 1, correct: false }));
    store.close();
    const { store: reloaded } = await tab(name);
    const snapshot = reloaded.getSnapshot();
    expect(snapshot.ready).toBe(true);
    expect(snapshot.reviews.map((review) => review.questionId).sort()).toEqual(['adam-cloze', 'gelu-at-1']);
    expect(snapshot.cards.get('adam-cloze')?.lastCorrect).toBe(false);
    expect(snapshot.issues).toEqual([]);
  });

  it('gives every review its own id and notifies subscribers', async () => {
    const { store } = await tab();
    const listener = vi.fn<() => void>();
    store.subscribe(listener);
    const first = await store.append(draft('q', at));
    const second = await store.append(draft('q', at));
    expect(first.id).not.toBe(second.id);
    expect(listener).toHaveBeenCalled();
    expect(store.getSnapshot().cards.get('q')?.reviewCount).toBe(2);
  });

  it('two tabs appending at the same time lose nothing', async () => {
    const { store: left, name } = await tab();
    const { store: right } = await tab(name);
    const appends = Array.from({ length: 20 }, (_unused, position) => [
      left.append(draft(`left-${position % 3}`, at)),
      right.append(draft(`right-${position % 4}`, at)),
    ]).flat();
    await Promise.all(appends);
    await Promise.all([left.refresh(), right.refresh()]);
    expect(left.getSnapshot().reviews).toHaveLength(40);
    expect(new Set(right.getSnapshot().reviews.map((review) => review.id)).size).toBe(40);
  });

  it('tells the other tab, which re-reads without being asked', async () => {
    const { store: left, name } = await tab();
    const { store: right } = await tab(name);
    await left.append(draft('from-left', at));
    await vi.waitFor(() => expect(right.getSnapshot().cards.has('from-left')).toBe(true));
  });

  it('reports a full disk to the reader and keeps what was saved', async () => {
    const { store } = await tab();
    await store.append(draft('kept', at));
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await store.append(draft('lost', at)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageWriteError);
    expect((failure as StorageWriteError).kind).toBe('quota');
    expect(store.getSnapshot().issues).toContainEqual({ kind: 'quota' });
    expect(store.getSnapshot().reviews.map((review) => review.questionId)).toEqual(['kept']);
  });

  it('works from memory for the visit when IndexedDB cannot be opened, and says so', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('IndexedDB is disabled', 'InvalidStateError');
    });
    const store = new ReviewStore(isolatedStoreOptions());
    opened.push(store);
    await store.ready;
    await store.append(draft('q', at));
    const snapshot = store.getSnapshot();
    expect(snapshot.cards.has('q')).toBe(true);
    expect(snapshot.issues[0]?.kind).toBe('unavailable');
  });

  it('steps aside for a newer version of the notebook in another tab', async () => {
    const { store, name } = await tab();
    await store.append(draft('q', at));
    const newer = await openDB(name, DATABASE_VERSION + 1);
    newer.close();
    await vi.waitFor(() => expect(store.getSnapshot().issues).toContainEqual({ kind: 'reload-needed' }));
    await store.append(draft('after', at));
    expect(store.getSnapshot().cards.has('after')).toBe(true);
  });

  it('asks the browser to keep the data', async () => {
    const requestPersistence = vi.fn<() => Promise<boolean>>(async () => true);
    const store = new ReviewStore({ ...isolatedStoreOptions(), requestPersistence });
    opened.push(store);
    await store.ready;
    expect(requestPersistence).toHaveBeenCalledOnce();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { buildProgressFile } from './progressFile.ts';
import type { ReviewStore } from './reviewStore.ts';
import { openStore, record } from './testing.ts';

const now = new Date('2025-04-01T00:00:00.000Z');
const stores: ReviewStore[] = [];

async function storeWith(...reviews: ReturnType<typeof record>[]) {
  const { store } = await openStore();
  stores.push(store);
  const outcome = await store.importText(JSON.stringify(buildProgressFile(reviews, [], now)));
  expect(outcome).toMatchObject({ ok: true, added: reviews.length });
  return store;
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe('export and import', () => {
  it('an exported file imported into an empty notebook gives the same reviews and cards', async () => {
    const source = await storeWith(record('1', 'a'), record('2', 'b', { rating: 1, correct: false }));
    const text = JSON.stringify(await source.exportFile());
    const target = await storeWith();
    expect(await target.importText(text)).toEqual({ ok: true, added: 2, alreadyPresent: 0 });
    expect(target.getSnapshot().cards).toEqual(source.getSnapshot().cards);
  });

  it('merges by review id: new reviews are added, known ones are kept as they are', async () => {
    const store = await storeWith(record('1', 'a'), record('2', 'b'));
    const file = buildProgressFile([record('2', 'b', { rating: 4 }), record('3', 'c')], [], now);
    expect(await store.importText(JSON.stringify(file))).toEqual({ ok: true, added: 1, alreadyPresent: 1 });
    const byId = new Map(store.getSnapshot().reviews.map((review) => [review.id, review]));
    expect([...byId.keys()].sort()).toEqual(['1', '2', '3']);
    expect(byId.get('2')?.rating).toBe(3);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const store = await storeWith(record('1', 'a'));
    const text = JSON.stringify(buildProgressFile([record('1', 'a'), record('9', 'z')], [], now));
    await store.importText(text);
    expect(await store.importText(text)).toEqual({ ok: true, added: 0, alreadyPresent: 2 });
  });

  it.each([
    ['wrong JSON', '{not json'],
    ['a wrong version', JSON.stringify({ ...buildProgressFile([record('5', 'e')], [], now), version: 3 })],
    ['a wrong shape', JSON.stringify({ ...buildProgressFile([], [], now), reviews: [record('5', 'e'), { id: 6 }] })],
  ])('a file with %s is refused and the existing data is untouched', async (_case, text) => {
    const store = await storeWith(record('1', 'a'), record('2', 'b'));
    const before = store.getSnapshot().reviews;
    const outcome = await store.importText(text);
    expect(outcome.ok).toBe(false);
    await store.refresh();
    expect(store.getSnapshot().reviews).toEqual(before);
    expect(store.getSnapshot().issues).toEqual([]);
  });
});

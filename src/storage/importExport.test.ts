import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildProgressFile } from './progressFile.ts';
import { ReviewStore } from './reviewStore.ts';
import { isolatedStoreOptions, openStore, record } from './testing.ts';

const now = new Date('2025-04-01T00:00:00.000Z');
const stores: ReviewStore[] = [];

async function storeWith(...reviews: ReturnType<typeof record>[]) {
  const { store } = await openStore();
  stores.push(store);
  const outcome = await store.importText(JSON.stringify(buildProgressFile(reviews, [], now)));
  expect(outcome).toMatchObject({ ok: true, added: reviews.length });
  return store;
}

/** A valid export of two reviews plus `count` damaged entries (the issue's file had 60,000: 5.4 MB). */
function damagedFile(count: number) {
  const good = [record('g1', 'gelu-at-1'), record('g2', 'adam-cloze', { rating: 1, correct: false })];
  const damaged = Array.from({ length: count }, (_unused, index) => ({ id: `d${index}`, questionId: 'q', rating: 9, correct: 'maybe', answeredAt: 'yesterday' }));
  return { good, text: JSON.stringify({ ...buildProgressFile(good, [], now), reviews: [...good, ...damaged] }) };
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

describe('export and import', () => {
  it('an exported file imported into an empty notebook gives the same reviews and cards', async () => {
    const source = await storeWith(record('1', 'a'), record('2', 'b', { rating: 1, correct: false }));
    const text = JSON.stringify(await source.exportFile());
    const target = await storeWith();
    expect(await target.importText(text)).toEqual({ ok: true, added: 2, alreadyPresent: 0, skipped: 0 });
    expect(target.getSnapshot().cards).toEqual(source.getSnapshot().cards);
  });

  it('merges by review id: new reviews are added, known ones are kept as they are', async () => {
    const store = await storeWith(record('1', 'a'), record('2', 'b'));
    const file = buildProgressFile([record('2', 'b', { rating: 4 }), record('3', 'c')], [], now);
    expect(await store.importText(JSON.stringify(file))).toEqual({ ok: true, added: 1, alreadyPresent: 1, skipped: 0 });
    const byId = new Map(store.getSnapshot().reviews.map((review) => [review.id, review]));
    expect([...byId.keys()].sort()).toEqual(['1', '2', '3']);
    expect(byId.get('2')?.rating).toBe(3);
  });

  it('importing the same file twice adds nothing the second time', async () => {
    const store = await storeWith(record('1', 'a'));
    const text = JSON.stringify(buildProgressFile([record('1', 'a'), record('9', 'z')], [], now));
    await store.importText(text);
    expect(await store.importText(text)).toEqual({ ok: true, added: 0, alreadyPresent: 2, skipped: 0 });
  });

  it.each([
    ['wrong JSON', '{not json'],
    ['a wrong version', JSON.stringify({ ...buildProgressFile([record('5', 'e')], [], now), version: 4 })],
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

  it('a 5.4 MB file with 60,000 damaged entries is called damaged, with the usable count, and nothing is written', async () => {
    const store = await storeWith(record('1', 'a'));
    const { text } = damagedFile(60_000);
    const outcome = await store.importText(text);
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'bad-shape', entries: { total: 60_002, usable: 2 } } });
    await store.refresh();
    expect(store.getSnapshot().reviews.map((review) => review.id)).toEqual(['1']);
    expect(store.getSnapshot().issues).toEqual([]);
  }, 60_000); // A generous limit for a machine busy with other work; it takes about a second alone.

  it('imports only the usable entries of a damaged file when asked, and says how many were left out', async () => {
    const store = await storeWith(record('1', 'a'));
    const { good, text } = damagedFile(6_000);
    expect(await store.importText(text, { usableOnly: true })).toEqual({ ok: true, added: 2, alreadyPresent: 0, skipped: 6_000 });
    expect(store.getSnapshot().reviews.map((review) => review.id).sort()).toEqual(['1', ...good.map((review) => review.id)].sort());
    // A file that is not damaged entry by entry is still refused, asked or not.
    expect(await store.importText('{not json', { usableOnly: true })).toMatchObject({ ok: false, problem: { code: 'not-json' } });
  });

  it('a full disk during an import is reported as such, not as a failed answer', async () => {
    const store = await storeWith(record('1', 'a'));
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const outcome = await store.importText(JSON.stringify(buildProgressFile([record('2', 'b')], [], now)));
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'quota' } });
    expect(store.getSnapshot().reviews.map((review) => review.id)).toEqual(['1']);
  });

  it('carries the imported history of a retired question over to its replacement', async () => {
    const store = new ReviewStore({
      ...isolatedStoreOptions(),
      retiredQuestions: { 'made-up-retired': { replacedBy: 'made-up-kept', note: 'a duplicate' }, 'made-up-gone': { note: 'removed' } },
    });
    stores.push(store);
    await store.ready;
    const file = buildProgressFile([record('1', 'made-up-retired', { rating: 1, correct: false }), record('2', 'made-up-gone')], [], now);
    expect(await store.importText(JSON.stringify(file))).toMatchObject({ ok: true, added: 2 });
    const { cards } = store.getSnapshot();
    expect(cards.get('made-up-kept')).toMatchObject({ retired: false, reviewCount: 1, lastCorrect: false });
    expect(cards.get('made-up-gone')).toMatchObject({ retired: true });
    expect(cards.has('made-up-retired')).toBe(false);
    // The log keeps the ids as saved, and so does the next export: nothing points at nothing, nothing is dropped.
    expect((await store.exportFile()).reviews.map((review) => review.questionId).sort()).toEqual(['made-up-gone', 'made-up-retired']);
  });
});

import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DATABASE_VERSION, STORE } from './storageKeys.ts';
import { openStore } from './testing.ts';

/** Writes a database as version 1 of the notebook left it (independent of today's code on purpose). */
async function writeVersion1Database(name: string, records: unknown[]) {
  const database = await openDB(name, 1, {
    upgrade(created) {
      created.createObjectStore('reviews', { keyPath: 'id' });
    },
  });
  for (const value of records) await database.put('reviews', value);
  database.close();
}

const VALID_V1 = [
  { id: 'a', questionId: 'gelu-at-1', grade: 'good', correct: true, time: Date.UTC(2025, 2, 1, 9) },
  { id: 'b', questionId: 'adam-cloze', grade: 'again', correct: false, time: Date.UTC(2025, 2, 2, 9) },
];
const BROKEN_V1 = { id: 'c', questionId: 'x', grade: 'brilliant', correct: 'yes', time: -5 };

describe('schema migrations', () => {
  it('migrates version 1 reviews to version 2 in place', async () => {
    const name = `migration-${Date.now()}`;
    await writeVersion1Database(name, VALID_V1);
    const { store } = await openStore(name);
    const reviews = [...store.getSnapshot().reviews].sort((left, right) => left.id.localeCompare(right.id));
    expect(reviews).toEqual([
      { id: 'a', questionId: 'gelu-at-1', rating: 3, correct: true, answeredAt: '2025-03-01T09:00:00.000Z' },
      { id: 'b', questionId: 'adam-cloze', rating: 1, correct: false, answeredAt: '2025-03-02T09:00:00.000Z' },
    ]);
    expect(store.getSnapshot().cards.get('adam-cloze')?.lastCorrect).toBe(false);
    store.close();
    const raw = await openDB(name);
    expect(raw.version).toBe(DATABASE_VERSION);
    expect(await raw.get(STORE.reviews, 'a')).toMatchObject({ rating: 3, answeredAt: '2025-03-01T09:00:00.000Z' });
    raw.close();
  });

  it('keeps a version 1 record it cannot migrate in quarantine, unchanged, and says so', async () => {
    const name = `migration-broken-${Date.now()}`;
    await writeVersion1Database(name, [...VALID_V1, BROKEN_V1]);
    const { store } = await openStore(name);
    expect(store.getSnapshot().reviews).toHaveLength(2);
    expect(store.getSnapshot().issues).toEqual([{ kind: 'quarantined', count: 1 }]);
    const [entry] = await store.quarantinedEntries();
    expect(entry).toMatchObject({ id: 'reviews:c', value: BROKEN_V1, source: 'reviews (schema version 1)' });
    expect(entry?.reason).toContain('grade');
    store.close();
  });

  it('moves records that fail validation today to quarantine, and exports what was salvaged with them', async () => {
    const { store, name } = await openStore();
    await store.append({ questionId: 'good-one', rating: 3, correct: true, answeredAt: new Date('2025-03-01T09:00:00Z') });
    store.close();
    const raw = await openDB(name);
    await raw.put(STORE.reviews, { id: 'damaged', questionId: 'q', rating: 9, correct: true, answeredAt: 'yesterday' });
    raw.close();

    const { store: reopened } = await openStore(name);
    expect(reopened.getSnapshot().reviews.map((review) => review.questionId)).toEqual(['good-one']);
    expect(reopened.getSnapshot().issues).toEqual([{ kind: 'quarantined', count: 1 }]);
    const file = await reopened.exportFile();
    expect(file.reviews.map((review) => review.questionId)).toEqual(['good-one']);
    expect(file.quarantined?.[0]).toMatchObject({ id: 'reviews:damaged', value: { rating: 9, answeredAt: 'yesterday' } });
    reopened.close();

    // Quarantine is a move, not a copy-and-forget: the log no longer holds the record, the quarantine store does.
    const after = await openDB(name);
    expect(await after.get(STORE.reviews, 'damaged')).toBeUndefined();
    expect(await after.count(STORE.quarantine)).toBe(1);
    after.close();
  });
});

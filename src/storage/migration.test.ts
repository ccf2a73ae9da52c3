import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { ReviewStore } from './reviewStore.ts';
import { DATABASE_VERSION, STORE } from './storageKeys.ts';
import { isolatedStoreOptions, openStore } from './testing.ts';

/**
 * Writes a database as an older notebook left it: version 1 (reviews only) or version 2 (reviews and quarantine).
 * Independent of today's code on purpose.
 */
async function writeOldDatabase(name: string, version: 1 | 2, records: unknown[]) {
  const database = await openDB(name, version, {
    upgrade(created) {
      created.createObjectStore('reviews', { keyPath: 'id' });
      if (version === 2) created.createObjectStore('quarantine', { keyPath: 'id' });
    },
  });
  for (const value of records) await database.put('reviews', value);
  database.close();
}

let counter = 0;
const uniqueName = (label: string) => `migration-${label}-${Date.now()}-${++counter}`;
const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((left, right) => left.id.localeCompare(right.id));

const VALID_V1 = [
  { id: 'a', questionId: 'gelu-at-1', grade: 'good', correct: true, time: Date.UTC(2025, 2, 1, 9) },
  { id: 'b', questionId: 'adam-cloze', grade: 'again', correct: false, time: Date.UTC(2025, 2, 2, 9) },
];
const BROKEN_V1 = { id: 'c', questionId: 'x', grade: 'brilliant', correct: 'yes', time: -5 };

/** Version 2 reviews as that version saved them: `choice` and `choices` were positions in the authored order. */
const at = '2025-03-01T09:00:00.000Z';
const VALID_V2 = [
  { id: 's', questionId: 'roles', rating: 3, correct: true, answeredAt: at, response: { type: 'single', choice: 2 } },
  { id: 'm', questionId: 'limits', rating: 1, correct: false, answeredAt: at, response: { type: 'multiple', choices: [0, 1] } },
  { id: 'o', questionId: 'stages', rating: 3, correct: true, answeredAt: at, response: { type: 'order', order: [0, 1, 2] } },
  { id: 'n', questionId: 'gelu-at-1', rating: 3, correct: true, answeredAt: at, response: { type: 'numeric', text: '0.841' } },
  { id: 'r', questionId: 'fixes', rating: 4, correct: true, answeredAt: at },
  { id: 'e', questionId: 'roles', rating: 4, correct: true, answeredAt: at, response: { type: 'single', choice: 2 }, amends: 's' },
];

describe('schema migrations', () => {
  it('migrates version 1 reviews to the current version in place', async () => {
    const name = uniqueName('v1');
    await writeOldDatabase(name, 1, VALID_V1);
    const { store } = await openStore(name);
    expect(byId(store.getSnapshot().reviews)).toEqual([
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
    const name = uniqueName('v1-broken');
    await writeOldDatabase(name, 1, [...VALID_V1, BROKEN_V1]);
    const { store } = await openStore(name);
    expect(store.getSnapshot().reviews).toHaveLength(2);
    expect(store.getSnapshot().issues).toEqual([{ kind: 'quarantined', count: 1 }]);
    const [entry] = await store.quarantinedEntries();
    expect(entry).toMatchObject({ id: 'reviews:c', value: BROKEN_V1, source: 'reviews (schema version 1)' });
    expect(entry?.reason).toContain('grade');
    store.close();
  });

  it('migrates version 2 responses: the positions they saved are authored indices, since nothing was shuffled then', async () => {
    const name = uniqueName('v2');
    await writeOldDatabase(name, 2, VALID_V2);
    const { store } = await openStore(name);
    const responses = Object.fromEntries(store.getSnapshot().reviews.map((review) => [review.id, review.response]));
    expect(responses).toEqual({
      s: { type: 'single', option: 2 },
      m: { type: 'multiple', options: [0, 1] },
      o: { type: 'order', order: [0, 1, 2] },
      n: { type: 'numeric', text: '0.841' },
      r: undefined,
      e: { type: 'single', option: 2 },
    });
    // Everything else is as it was: the same ratings, times and amendments, so the same cards.
    const unchanged = (record: object) => ({ ...record, response: undefined });
    expect(byId(store.getSnapshot().reviews).map(unchanged)).toEqual(byId(VALID_V2).map(unchanged));
    expect(store.getSnapshot().cards.get('roles')).toMatchObject({ reviewCount: 1, lastCorrect: true });
    expect(store.getSnapshot().issues).toEqual([]);
    store.close();
    const raw = await openDB(name);
    expect(raw.version).toBe(DATABASE_VERSION);
    expect(await raw.get(STORE.reviews, 'm')).toMatchObject({ response: { type: 'multiple', options: [0, 1] } });
    expect(await raw.count(STORE.quarantine)).toBe(0);
    raw.close();
  });

  it('reads version 2 answers to questions revised since through QUESTION_REVISIONS, keeping what cannot move', async () => {
    const name = uniqueName('v2-revised');
    const answered = (id: string, questionId: string, response: object) => ({ id, questionId, rating: 3, correct: true, answeredAt: at, response });
    await writeOldDatabase(name, 2, [
      // Its options were reordered: the old first option (30 Nov 2022) is now the third.
      answered('reordered', 'overview-release-date', { type: 'single', choice: 0 }),
      // The old second option (ChatGPT) was replaced by GPT-2; GPT-4 kept its place.
      answered('replaced', 'overview-undisclosed', { type: 'multiple', choices: [1, 2] }),
      // The myth "free ChatGPT ran on GPT-3" became the true statement: the reader's "false" now reads "true".
      answered('negated', 'overview-base-models', { type: 'truefalse', value: false }),
    ]);
    const { store } = await openStore(name);
    const responses = Object.fromEntries(store.getSnapshot().reviews.map((review) => [review.id, review.response]));
    expect(responses).toEqual({
      reordered: { type: 'single', option: 2 },
      replaced: { type: 'multiple', options: [2], asRecorded: { type: 'multiple', options: [1, 2] } },
      negated: { type: 'truefalse', value: true },
    });
    expect(await store.quarantinedEntries()).toEqual([]);
    store.close();
  });

  it('quarantines a version 2 record that was not valid then, naming the version it was read as', async () => {
    const name = uniqueName('v2-broken');
    const broken = { id: 'x', questionId: 'roles', rating: 7, correct: true, answeredAt: at, response: { type: 'single', choice: 0 } };
    await writeOldDatabase(name, 2, [...VALID_V2, broken]);
    const { store } = await openStore(name);
    expect(store.getSnapshot().reviews).toHaveLength(VALID_V2.length);
    expect(await store.quarantinedEntries()).toMatchObject([{ id: 'reviews:x', value: broken, source: 'reviews (schema version 2)' }]);
    store.close();
  });

  it('carries the history of a retired question over to its replacement after the migration', async () => {
    const name = uniqueName('v2-retired');
    const old = [
      { id: '1', questionId: 'made-up-retired', rating: 1, correct: false, answeredAt: '2025-03-01T09:00:00.000Z' },
      { id: '2', questionId: 'made-up-kept', rating: 3, correct: true, answeredAt: '2025-03-05T09:00:00.000Z' },
      { id: '3', questionId: 'made-up-gone', rating: 3, correct: true, answeredAt: '2025-03-05T09:00:00.000Z' },
    ];
    await writeOldDatabase(name, 2, old);
    const retiredQuestions = { 'made-up-retired': { replacedBy: 'made-up-kept', note: 'a duplicate' }, 'made-up-gone': { note: 'removed' } };
    const store = new ReviewStore({ ...isolatedStoreOptions(name), retiredQuestions });
    await store.ready;
    const { cards, reviews } = store.getSnapshot();
    expect(cards.get('made-up-kept')).toMatchObject({ reviewCount: 2, lastCorrect: true, retired: false });
    expect(cards.get('made-up-gone')).toMatchObject({ reviewCount: 1, retired: true });
    expect(reviews.map((review) => review.questionId).sort()).toEqual(['made-up-gone', 'made-up-kept', 'made-up-retired']);
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

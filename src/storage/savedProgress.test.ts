// @vitest-environment jsdom
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE } from './storageKeys.ts';
import { draft, openStore } from './testing.ts';
import { READING_STORAGE_KEY } from './storageKeys.ts';
import { hasSavedReading, hasSavedReviews } from './savedProgress.ts';

const databaseNames = async () => (await indexedDB.databases()).map((database) => database.name);

describe('saved progress', () => {
  afterEach(() => localStorage.clear());

  it('finds no quiz progress where there is no database, and does not create one by looking', async () => {
    expect(await hasSavedReviews('never-opened')).toBe(false);
    expect(await databaseNames()).not.toContain('never-opened');
  });

  it('finds no quiz progress in a database that was opened but holds nothing', async () => {
    const { store, name } = await openStore();
    expect(await hasSavedReviews(name)).toBe(false);
    store.close();
  });

  it('finds a saved review, and a record set aside', async () => {
    const { store, name } = await openStore();
    await store.append(draft('q1', new Date('2025-03-01T09:00:00Z')));
    expect(await hasSavedReviews(name)).toBe(true);
    store.close();

    const { store: other, name: otherName } = await openStore();
    other.close();
    const database = await openDB(otherName);
    await database.put(STORE.quarantine, { id: 'reviews:x', source: 'reviews', value: 1, reason: 'bad', quarantinedAt: '' });
    database.close();
    expect(await hasSavedReviews(otherName)).toBe(true);
  });

  it('finds reading progress in localStorage', () => {
    expect(hasSavedReading()).toBe(false);
    localStorage.setItem(READING_STORAGE_KEY, '{"version":1,"read":{}}');
    expect(hasSavedReading()).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import '../testing.ts';
import { StorageWriteError } from '../storageErrors.ts';
import { MODEL_STORE } from '../storageKeys.ts';
import { GptModelStore } from './modelStore.ts';
import { openDB } from 'idb';

let counter = 0;
const freshStore = () => {
  const name = `models-${Date.now()}-${++counter}`;
  return { store: new GptModelStore(name), name };
};

describe('GptModelStore', () => {
  it('saves and loads a model, replacing the previous save', async () => {
    const { store } = freshStore();
    expect(await store.load('en/build-your-own/gpt-lab')).toEqual({ kind: 'none' });
    await store.save('en/build-your-own/gpt-lab', Uint8Array.from([1, 2, 3]), { stage: 'pretrain', step: 10 });
    await store.save('en/build-your-own/gpt-lab', Uint8Array.from([4, 5]), { stage: 'sft', step: 3 }, new Date('2026-01-02T03:04:05Z'));
    const loaded = await store.load('en/build-your-own/gpt-lab');
    expect(loaded.kind).toBe('found');
    if (loaded.kind !== 'found') return;
    expect(Array.from(new Uint8Array(loaded.record.bytes))).toEqual([4, 5]);
    expect(loaded.record.summary).toEqual({ stage: 'sft', step: 3 });
    expect(loaded.record.savedAt).toBe('2026-01-02T03:04:05.000Z');
    await store.close();
  });

  it('quarantines a record that fails validation, keeping it, and reports why', async () => {
    const { store, name } = freshStore();
    await store.save('x', Uint8Array.from([1]), { stage: 'pretrain', step: 1 });
    await store.close();
    const raw = await openDB(name, 1);
    await raw.put(MODEL_STORE.models, { id: 'x', version: 1, savedAt: 'yesterday', bytes: 'not bytes', summary: { stage: 'pretrain', step: 1 } });
    raw.close();
    const outcome = await store.load('x');
    expect(outcome.kind).toBe('quarantined');
    expect(outcome.kind === 'quarantined' && outcome.reason).toMatch(/savedAt|bytes/);
    expect(await store.load('x')).toEqual({ kind: 'none' });
    const kept = await store.quarantined();
    expect(kept).toHaveLength(1);
    expect(kept[0]!.value).toMatchObject({ bytes: 'not bytes' });
    await store.close();
  });

  it('reports a full storage as a quota error', async () => {
    const { store } = freshStore();
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await expect(store.save('y', Uint8Array.from([1]), { stage: 'pretrain', step: 1 })).rejects.toMatchObject({ kind: 'quota' });
      await expect(store.save('y', Uint8Array.from([1]), { stage: 'pretrain', step: 1 })).rejects.toBeInstanceOf(StorageWriteError);
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    await store.close();
  });
});

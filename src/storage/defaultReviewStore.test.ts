// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { getReviewStore } from './defaultReviewStore.ts';
import { onProgressPresent } from './progressPresent.ts';
import { draft } from './testing.ts';

describe('the tab’s review store', () => {
  it('announces progress to show only once it holds a review, not for merely being opened', async () => {
    const heard = vi.fn<() => void>();
    onProgressPresent(heard);
    const store = getReviewStore();
    expect(getReviewStore()).toBe(store);
    await store.ready;
    expect(store.getSnapshot().ready).toBe(true);
    expect(heard).not.toHaveBeenCalled();
    await store.append(draft('q1', new Date('2025-03-01T09:00:00Z')));
    expect(heard).toHaveBeenCalledTimes(1);
    await store.append(draft('q2', new Date('2025-03-01T09:01:00Z')));
    expect(heard).toHaveBeenCalledTimes(1);
    const late = vi.fn<() => void>();
    onProgressPresent(late); // Subscribing afterwards hears it at once.
    expect(late).toHaveBeenCalledTimes(1);
    store.close();
  });
});

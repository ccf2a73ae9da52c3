// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewStore } from '../../storage/index.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { freshStore, renderWithStore } from './testing.tsx';

let store: ReviewStore | undefined;
afterEach(() => {
  cleanup();
  store?.close();
});

describe('StorageNotice', () => {
  it('says nothing when all is well', async () => {
    store = await freshStore();
    const { container } = renderWithStore(<StorageNotice locale="en" />, store, () => new Date());
    expect(container.textContent).toBe('');
  });

  it('tells the reader about records set aside and exports what was salvaged', async () => {
    const name = `notice-${Date.now()}`;
    const first = await freshStore(name);
    first.close();
    const raw = await openDB(name);
    await raw.put('reviews', { id: 'broken', rating: 'good' });
    await raw.put('reviews', { id: 'fine', questionId: 'q', rating: 3, correct: true, answeredAt: '2025-03-01T09:00:00.000Z' });
    raw.close();
    store = await freshStore(name);
    renderWithStore(<StorageNotice locale="en" />, store, () => new Date());
    expect(screen.getByText(/1 saved record could not be read and was set aside unchanged/)).toBeTruthy();

    const exported: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (blob: Blob) => (exported.push(blob), 'blob:progress'), revokeObjectURL: () => undefined }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Export my progress' }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    const file = JSON.parse(await exported[0]!.text()) as { reviews: { id: string }[]; quarantined: { id: string }[] };
    expect(file.reviews.map((review) => review.id)).toEqual(['fine']);
    expect(file.quarantined.map((entry) => entry.id)).toEqual(['reviews:broken']);
  });

  it('reports a full disk in Chinese', async () => {
    store = await freshStore();
    renderWithStore(<StorageNotice locale="zh" />, store, () => new Date());
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await act(() => store!.append({ questionId: 'q', rating: 3, correct: true, answeredAt: new Date() }).catch(() => undefined));
    expect(screen.getByText(/浏览器的存储空间已满/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出学习记录' })).toBeTruthy();
  });
});

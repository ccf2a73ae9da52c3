// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_VERSION, type ReviewStore } from '../../storage/index.ts';
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

  it.each([
    ['en', /^Your progress was saved by a newer version of the notebook \(storage version \d+; this page knows versions up to \d+\)\. What this page can read is shown as usual, but it saves nothing/],
    ['zh', /^你的学习记录由更新版本的笔记保存（存储版本 \d+，本页只认识到版本 \d+）。本页照常显示能读懂的记录，但不会保存任何作答/],
  ] as const)('says that a newer version saved the progress (%s), not that the browser cannot store it', async (locale, expected) => {
    const name = `notice-newer-${locale}-${Date.now()}`;
    const newer = await openDB(name, DATABASE_VERSION + 1, {
      upgrade: (database) => void database.createObjectStore('reviews', { keyPath: 'id' }),
    });
    await newer.put('reviews', { id: 'fine', questionId: 'q', rating: 3, correct: true, answeredAt: '2025-03-01T09:00:00.000Z' });
    newer.close();
    store = await freshStore(name);
    renderWithStore(<StorageNotice locale={locale} />, store, () => new Date());
    expect(screen.getByText(expected)).toBeTruthy();
    expect(screen.queryByText(/private window|隐私模式/)).toBeNull();
    expect(store.getSnapshot().reviews.map((review) => review.id)).toEqual(['fine']);
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

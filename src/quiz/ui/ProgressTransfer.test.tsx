// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { buildProgressFile, DATABASE_VERSION, type ReviewStore } from '../../storage/index.ts';
import { record } from '../../storage/testing.ts';
import { ProgressTransfer } from './ProgressTransfer.tsx';
import { freshStore, renderWithStore } from './testing.tsx';

let store: ReviewStore | undefined;
afterEach(() => {
  cleanup();
  store?.close();
});

function importText(text: string, label = 'Import progress (JSON file)') {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { files: [new File([text], 'progress.json', { type: 'application/json' })] } });
}

describe('ProgressTransfer', () => {
  it('merges a good file and says how much was new', async () => {
    store = await freshStore();
    await store.importText(JSON.stringify(buildProgressFile([record('1', 'a')], [], new Date())));
    renderWithStore(<ProgressTransfer locale="en" />, store, () => new Date());
    importText(JSON.stringify(buildProgressFile([record('1', 'a'), record('2', 'b')], [], new Date())));
    expect(await screen.findByText('Imported 1 new review (1 already here).')).toBeTruthy();
    expect(store.getSnapshot().reviews).toHaveLength(2);
  });

  it('refuses a bad file with a clear message and leaves the progress alone', async () => {
    store = await freshStore();
    await store.importText(JSON.stringify(buildProgressFile([record('1', 'a')], [], new Date())));
    const before = store.getSnapshot().reviews;
    renderWithStore(<ProgressTransfer locale="en" />, store, () => new Date());
    importText('{"format": "chatgpt-study-notebook/progress", "version": 7}');
    expect(
      await screen.findByText(/This file comes from a newer or unknown version and cannot be read\. Your existing progress was not changed\./),
    ).toBeTruthy();
    expect(screen.getByText(/version 7/)).toBeTruthy();
    expect(store.getSnapshot().reviews).toEqual(before);
  });

  // The 5.4 MB file: a valid export plus 60,000 damaged records once got "this answer could not be saved".
  it.each([
    ['en', 'The file is incomplete or damaged. Your existing progress was not changed. Only 2 of its 60002 entries can be used.'],
    ['zh', '文件内容不完整或有误。现有记录没有改动。文件中的 60002 条记录里，只有 2 条可以使用。'],
  ] as const)('calls a large damaged file damaged (%s), counts its usable entries, and imports them only on request', async (locale, expected) => {
    store = await freshStore();
    const good = [record('g1', 'gelu-at-1'), record('g2', 'adam-cloze')];
    const damaged = Array.from({ length: 60_000 }, (_unused, index) => ({ id: `d${index}`, questionId: 'q', rating: 9, correct: 'maybe', answeredAt: 'yesterday' }));
    renderWithStore(<ProgressTransfer locale={locale} />, store, () => new Date());
    const file = JSON.stringify({ ...buildProgressFile(good, [], new Date()), reviews: [...good, ...damaged] });
    importText(file, locale === 'en' ? 'Import progress (JSON file)' : '导入学习记录（JSON 文件）');
    const message = await screen.findByText((_content, element) => element?.tagName === 'P' && element.textContent?.startsWith(expected) === true, {}, { timeout: 45_000 });
    expect(message.className).toBe('progress-transfer__error');
    expect(message.textContent).not.toMatch(/saved|保存这次作答/);
    expect(store.getSnapshot().reviews).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: locale === 'en' ? 'Import only the 2 usable entries' : '只导入这 2 条可用的记录' }));
    const done =
      locale === 'en'
        ? 'Imported 2 new reviews (0 already here). 60000 damaged entries were left out; your file still holds them.'
        : '已导入 2 条新记录（0 条原本就有）。另有 60000 条损坏的记录没有导入，它们仍留在你的文件里。';
    expect(await screen.findByText(done, {}, { timeout: 45_000 })).toBeTruthy();
    expect(store.getSnapshot().reviews.map((review) => review.id).sort()).toEqual(['g1', 'g2']);
  }, 60_000); // Generous: a 6 MB file on a machine busy with other work.

  it('refuses to import over progress saved by a newer version, and says why', async () => {
    const name = `transfer-newer-${Date.now()}`;
    const newer = await openDB(name, DATABASE_VERSION + 1, {
      upgrade: (database) => void database.createObjectStore('reviews', { keyPath: 'id' }),
    });
    newer.close();
    store = await freshStore(name);
    renderWithStore(<ProgressTransfer locale="en" />, store, () => new Date());
    importText(JSON.stringify(buildProgressFile([record('1', 'a')], [], new Date())));
    expect(await screen.findByText(/^Nothing was imported: the progress in this browser was saved by a newer version of the notebook/)).toBeTruthy();
    expect(store.getSnapshot().reviews).toEqual([]);
  });
});

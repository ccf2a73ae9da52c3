// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildProgressFile, type ReviewStore } from '../../storage/index.ts';
import { record } from '../../storage/testing.ts';
import { ProgressTransfer } from './ProgressTransfer.tsx';
import { freshStore, renderWithStore } from './testing.tsx';

let store: ReviewStore | undefined;
afterEach(() => {
  cleanup();
  store?.close();
});

function importText(text: string) {
  const input = screen.getByLabelText('Import progress (JSON file)');
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
});

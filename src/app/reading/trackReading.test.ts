// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READING_STORAGE_KEY } from '../../storage/storageKeys.ts';
import { FIRST_RECORD_AFTER_MS, trackReading } from './trackReading.ts';

/** Lets the dynamically imported recorder load and run. */
async function settle(): Promise<void> {
  await vi.dynamicImportSettled();
  await Promise.resolve();
}

describe('trackReading', () => {
  let body: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    body = document.createElement('div');
    body.innerHTML = '<h2 id="first">First</h2><p>text</p><h2 id="second">Second</h2>';
    document.body.append(body);
  });
  afterEach(() => {
    vi.useRealTimers();
    body.remove();
  });

  it('records nothing while the chapter has only just opened, then the top of the chapter after a while', async () => {
    const stop = trackReading(body, 'en', 'adam');
    await vi.advanceTimersByTimeAsync(FIRST_RECORD_AFTER_MS - 1000);
    await settle();
    expect(localStorage.getItem(READING_STORAGE_KEY)).toBeNull();
    await vi.advanceTimersByTimeAsync(2000);
    await vi.waitFor(() => expect(localStorage.getItem(READING_STORAGE_KEY)).not.toBeNull());
    expect(JSON.parse(localStorage.getItem(READING_STORAGE_KEY)!).last).toMatchObject({ locale: 'en', slug: 'adam' });
    stop();
  });

  it('records a scroll at once (within a second), and nothing more once stopped', async () => {
    const stop = trackReading(body, 'zh', 'gelu');
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(1100);
    await vi.waitFor(() => expect(localStorage.getItem(READING_STORAGE_KEY)).not.toBeNull());
    expect(JSON.parse(localStorage.getItem(READING_STORAGE_KEY)!).last).toMatchObject({ locale: 'zh', slug: 'gelu' });
    stop();
    localStorage.clear();
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(FIRST_RECORD_AFTER_MS * 2);
    await settle();
    expect(localStorage.getItem(READING_STORAGE_KEY)).toBeNull();
  });
});

// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadReadingProgress, recordReading } from './readingProgress.ts';
import { READING_SET_ASIDE_STORAGE_KEY, READING_STORAGE_KEY } from './storageKeys.ts';

describe('reading progress', () => {
  beforeEach(() => localStorage.clear());

  it('starts empty and records the last place and the furthest share read', () => {
    expect(loadReadingProgress()).toEqual({ version: 1, read: {} });
    recordReading('zh', 'gelu', 'erf', 0.4);
    recordReading('zh', 'gelu', 'definition', 0.2);
    const progress = loadReadingProgress();
    expect(progress.read.gelu).toBe(0.4);
    expect(progress.last).toMatchObject({ locale: 'zh', slug: 'gelu', section: 'definition' });
  });

  it('clamps shares to [0, 1] and treats NaN as 0', () => {
    recordReading('en', 'adam', undefined, 7);
    recordReading('en', 'loss', undefined, Number.NaN);
    expect(loadReadingProgress().read).toEqual({ adam: 1, loss: 0 });
  });

  it('keeps damaged data aside instead of deleting it', () => {
    localStorage.setItem(READING_STORAGE_KEY, '{"version": 1, "read": {"gelu": "lots"}}');
    expect(loadReadingProgress()).toEqual({ version: 1, read: {} });
    expect(localStorage.getItem(READING_SET_ASIDE_STORAGE_KEY)).toContain('"lots"');
    localStorage.setItem(READING_STORAGE_KEY, 'not json');
    loadReadingProgress();
    expect(localStorage.getItem(READING_SET_ASIDE_STORAGE_KEY)).toBe('not json');
  });
});

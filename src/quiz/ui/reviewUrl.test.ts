import { describe, expect, it } from 'vitest';
import { readReviewUrl, reviewPath } from './reviewUrl.ts';

describe('review page URL', () => {
  it('reads the three modes', () => {
    expect(readReviewUrl('').mode).toEqual({ kind: 'due' });
    expect(readReviewUrl('?chapter=gelu').mode).toEqual({ kind: 'chapter', chapter: 'gelu' });
    expect(readReviewUrl('?chapter=gelu&section=definition').mode).toEqual({ kind: 'section', chapter: 'gelu', section: 'definition' });
    expect(readReviewUrl('?section=definition').mode).toEqual({ kind: 'due' });
  });

  it('reads a preview date-time, a plain date as the end of that local day, and ignores nonsense', () => {
    expect(readReviewUrl('?now=2025-06-01T12:00:00Z').previewAt?.toISOString()).toBe('2025-06-01T12:00:00.000Z');
    expect(readReviewUrl('?now=2025-06-01').previewAt).toEqual(new Date(2025, 5, 1, 23, 59, 59, 999));
    expect(readReviewUrl('?now=tomorrow').previewAt).toBeUndefined();
    expect(readReviewUrl('').previewAt).toBeUndefined();
  });

  it('writes paths that read back to the same state', () => {
    const at = new Date('2025-06-01T12:00:00.000Z');
    const modes = [{ kind: 'due' }, { kind: 'chapter', chapter: 'gelu' }, { kind: 'section', chapter: 'gelu', section: 'a b' }] as const;
    for (const mode of modes) {
      const path = reviewPath('zh', mode, at);
      expect(path.startsWith('/zh/review/?')).toBe(true);
      expect(readReviewUrl(path.slice(path.indexOf('?')))).toEqual({ mode, previewAt: at });
    }
    expect(reviewPath('en')).toBe('/en/review/');
    expect(reviewPath('en', { kind: 'section', chapter: 'gelu', section: 'definition' })).toBe(
      '/en/review/?chapter=gelu&section=definition',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { isNotFound, type ChapterPageData, type PageData } from './pageData.ts';
import { parseRoute } from './routes.ts';

// Only presence matters to isNotFound, so any object stands in for a compiled chapter.
const chapter = {} as ChapterPageData;
const page = (path: string, found: boolean): PageData => ({ route: parseRoute(path), chapter: found ? chapter : undefined });

describe('isNotFound', () => {
  it.each([
    ['/en/no/such/page/', false, true],
    ['/xx/', false, true],
    ['/zh/no-such-chapter/', false, true],
    ['/fixtures/no-such-fixture/', false, true],
    ['/', false, false],
    ['/zh/', false, false],
    ['/en/review/', false, false],
    ['/zh/gelu/', true, false],
    ['/fixtures/bad-content/', true, false],
  ])('%s (chapter found: %s) → %s', (path, found, expected) => {
    expect(isNotFound(page(path, found))).toBe(expected);
  });
});

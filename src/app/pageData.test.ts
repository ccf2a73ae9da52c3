import { describe, expect, it } from 'vitest';
import { isNotFound, type ChapterPageData, type PageData } from './pageData.ts';
import { parseRoute } from './routes.ts';

// Only presence matters to isNotFound, so any object stands in for a compiled chapter.
const chapter = {} as ChapterPageData;
const page = (path: string, found: boolean): PageData => ({ route: parseRoute(path), chapter: found ? chapter : undefined });

describe('isNotFound', () => {
  it.each([
    ['/en/no/such/page/', false],
    ['/xx/', false],
    ['/zh/no-such-chapter/', false],
    ['/fixtures/no-such-fixture/', false],
  ])('is true for %s', (path, found) => {
    expect(isNotFound(page(path, found))).toBe(true);
  });

  it.each([
    ['/', false],
    ['/zh/', false],
    ['/en/review/', false],
    ['/zh/gelu/', true],
    ['/fixtures/bad-content/', true],
  ])('is false for %s', (path, found) => {
    expect(isNotFound(page(path, found))).toBe(false);
  });
});

/**
 * Test helpers for numerics (imported only by *.test.ts files).
 */

/** |actual − expected| / |expected|, or the absolute error when expected is 0 (where a relative error means nothing). */
export function relativeError(actual: number, expected: number): number {
  const error = Math.abs(actual - expected);
  return expected === 0 ? error : error / Math.abs(expected);
}

import { describe, expect, it } from 'vitest';
import { missedPageBudgets } from './budgets.mjs';

const good = { performance: 99, accessibility: 100, bestPractices: 100, lcpMs: 1200, tbtMs: 10, cls: 0, initialJsBytes: 60 * 1024 };

describe('missedPageBudgets', () => {
  it('passes a page within every budget, including the limits themselves', () => {
    expect(missedPageBudgets(good)).toEqual([]);
    expect(missedPageBudgets({ ...good, performance: 98, lcpMs: 1500, tbtMs: 50, cls: 0.01, initialJsBytes: 102_400 })).toEqual([]);
  });

  it('names each missed budget', () => {
    expect(missedPageBudgets({ ...good, performance: 97, cls: 0.02, initialJsBytes: 102_401 })).toEqual([
      'performance ≥ 98',
      'CLS ≤ 0.01',
      'JS before interactive ≤ 100 KB gzip',
    ]);
    expect(missedPageBudgets({ ...good, accessibility: 96, bestPractices: 96, lcpMs: 1501, tbtMs: 51 })).toEqual([
      'accessibility = 100',
      'best practices = 100',
      'LCP ≤ 1.5 s',
      'TBT ≤ 50 ms',
    ]);
  });

  it('counts a figure that was not measured as missed', () => {
    expect(missedPageBudgets({ ...good, lcpMs: undefined })).toEqual(['LCP ≤ 1.5 s (not measured)']);
  });
});

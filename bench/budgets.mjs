// The performance budgets of issue #8, and how a page's or a measurement's figures are checked against them.

/**
 * Per-page budgets: Lighthouse scores are 0–100, times in milliseconds, bytes gzip-compressed.
 * `initialJsBytes` is the JavaScript a page needs before it is interactive (its entry module and modulepreloads).
 */
export const PAGE_BUDGETS = {
  performance: { min: 98, label: 'performance ≥ 98' },
  accessibility: { min: 100, label: 'accessibility = 100' },
  bestPractices: { min: 100, label: 'best practices = 100' },
  lcpMs: { max: 1500, label: 'LCP ≤ 1.5 s' },
  tbtMs: { max: 50, label: 'TBT ≤ 50 ms' },
  cls: { max: 0.01, label: 'CLS ≤ 0.01' },
  initialJsBytes: { max: 100 * 1024, label: 'JS before interactive ≤ 100 KB gzip' },
};

/** Budgets of the interaction measurements: times in milliseconds (median), sizes in KB of 1000 bytes gzip. */
export const MEASUREMENT_BUDGETS = {
  widgetInputToPaintMs: 16,
  searchQueryMs: 10,
  /** Issue #23: the GPT lab's code (engine, worker, UI) ≤ 40 KB gzip before the checkpoint. */
  gptLabCodeKB: 40,
};

/** The budgets a page's median figures miss, as their labels ([] when it meets them all). */
export function missedPageBudgets(figures) {
  const missed = [];
  for (const [key, budget] of Object.entries(PAGE_BUDGETS)) {
    const value = figures[key];
    if (value === undefined || value === null) {
      missed.push(`${budget.label} (not measured)`);
      continue;
    }
    if ((budget.min !== undefined && value < budget.min) || (budget.max !== undefined && value > budget.max)) {
      missed.push(budget.label);
    }
  }
  return missed;
}

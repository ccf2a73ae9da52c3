import { describe, expect, it } from 'vitest';
import { latestTables } from './latestTable.mjs';

const results = {
  date: '2026-12-01T10:00:00.000Z',
  commit: '0123456789abcdef',
  uncommittedChanges: false,
  machine: { cpus: 2, node: 'v20.20.2' },
  lighthouse: '12.8.2',
  options: { runs: 3 },
  passed: false,
  seconds: 700,
  pages: [
    {
      path: '/en/adam/',
      missed: ['TBT ≤ 50 ms'],
      median: { performance: 99, fcpMs: 1210, lcpMs: 1300, tbtMs: 61.4, cls: 0, initialJsBytes: 9625.6, fontBytes: 0 },
      runs: [{ tbtMs: 61.4, benchmarkIndex: 2500.4 }, { tbtMs: 12, benchmarkIndex: 2600 }, { tbtMs: 70, benchmarkIndex: 1800 }],
    },
  ],
  measurements: [
    { label: 'GeLU lab slider input → paint', status: 'ok', value: 15.05, unit: 'ms', budget: 16, detail: { p95: 22.1 } },
    { label: 'search query (median)', status: 'failed', reason: 'no index', unit: 'ms', budget: 10 },
    { label: 'training throughput', status: 'ok', value: 15000, unit: 'tokens/s', budget: null },
  ],
  timings: {
    build: { seconds: 18.44, source: 'this bench run', stale: false },
    test: undefined,
    targets: { buildSeconds: 20, testSeconds: 360 },
  },
};

describe('latestTables', () => {
  const text = latestTables(results);

  it('says when, where and how the run was made', () => {
    expect(text.split('\n')[0]).toBe(
      'Run of 2026-12-01 at 0123456: 2 cores, Node v20.20.2, Lighthouse 12.8.2, median of 3 run(s) per page, 700 s in all; budgets missed.',
    );
  });

  it('writes a row per page with its medians and each run, and flags a page that missed a budget', () => {
    expect(text).toContain('| /en/adam/ (!) | 99 | 1.21 s | 1.30 s | 61 ms | 61 / 12 / 70 | 2500 / 2600 / 1800 | 0.000 | 9.4 KB | 0.0 KB |');
  });

  it('lists the measurements, a failed one with its reason, and the build and test times', () => {
    expect(text).toContain('| GeLU lab slider input → paint | 15.05 ms | 22.10 ms | ≤ 16 ms |');
    expect(text).toContain('| search query (median) | failed: no index | – | ≤ 10 ms |');
    expect(text).toContain('| training throughput | 15000.00 tokens/s | – | none |');
    expect(text).toContain('Build: 18.4 s (target ≤ 20 s; this bench run). Test suite: not recorded.');
  });
});

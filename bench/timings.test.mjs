import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectTimings, TIMINGS_FILE, timingLines } from './timings.mjs';

const roots = [];

/** A scratch repository root whose timings file holds `content` (an object as JSON, or raw text). */
function rootWith(content) {
  const root = mkdtempSync(join(tmpdir(), 'bench-timings-'));
  roots.push(root);
  if (content !== undefined) {
    mkdirSync(dirname(join(root, TIMINGS_FILE)), { recursive: true });
    writeFileSync(join(root, TIMINGS_FILE), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('collectTimings', () => {
  it('takes the test suite from the file and the build from the bench when it built, keeping the file’s build steps', () => {
    const root = rootWith({
      build: { seconds: 25.5, commit: 'abc', steps: { client: 12, prerender: 9 } },
      test: { seconds: 331, finishedAt: '2026-12-01T10:00:00.000Z', commit: 'abc', steps: { unit: 170, browser: 140 } },
    });
    const timings = collectTimings(root, { measuredBuildSeconds: 18.25, commit: 'abc' });
    expect(timings.build).toEqual({ seconds: 18.25, source: 'this bench run', stale: false, steps: { client: 12, prerender: 9 } });
    expect(timings.test).toEqual({
      seconds: 331, finishedAt: '2026-12-01T10:00:00.000Z', commit: 'abc', steps: { unit: 170, browser: 140 },
      source: TIMINGS_FILE, stale: false,
    });
    expect(timings.problems).toEqual([]);
  });

  it('marks figures taken at another commit as stale, and uses the file’s build when the bench did not build', () => {
    const timings = collectTimings(rootWith({ build: { seconds: 30, commit: 'old' } }), { commit: 'new' });
    expect(timings.build).toMatchObject({ seconds: 30, stale: true, source: TIMINGS_FILE });
    expect(timings.test).toBeUndefined();
  });

  it('reports a missing file as nothing recorded, and bad content as problems without failing', () => {
    expect(collectTimings(rootWith(undefined))).toMatchObject({ build: undefined, test: undefined, problems: [] });
    expect(collectTimings(rootWith('{not json')).problems[0]).toMatch(/not JSON/);
    const bad = collectTimings(rootWith({ test: { seconds: -3 }, build: { seconds: 12, steps: { client: 'fast', fonts: 1 } } }));
    expect(bad.test).toBeUndefined();
    expect(bad.problems).toEqual([`${TIMINGS_FILE}: test.seconds must be a positive number, got -3`]);
    expect(bad.build?.steps).toEqual({ fonts: 1 });
  });
});

describe('timingLines', () => {
  it('flags a time over its target and says where each came from', () => {
    const lines = timingLines({
      build: { seconds: 21.04, source: 'this bench run', stale: false, steps: { client: 12.34 } },
      test: undefined,
    });
    expect(lines[0]).toBe('build: 21.0 s! (target ≤ 20 s), from this bench run; steps: client 12.3 s');
    expect(lines[1]).toMatch(/^test suite: not recorded/);
  });
});

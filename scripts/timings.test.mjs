import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTimings, recordTimings, seconds, timingsFile } from './timings.mjs';

describe('timings', () => {
  it('keeps one section per tool, each replaced whole and stamped, the others untouched (outside git: no commit)', () => {
    const root = mkdtempSync(join(tmpdir(), 'timings-'));
    expect(readTimings(root)).toEqual({});
    recordTimings(root, 'build', { seconds: 9.1, steps: { 'server bundle': 4 } });
    recordTimings(root, 'test', { seconds: 200 });
    recordTimings(root, 'build', { seconds: 8.7 });
    const all = readTimings(root);
    expect(Object.keys(all).sort()).toEqual(['build', 'test']);
    expect(all.build).toEqual({ finishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), seconds: 8.7 });
    expect(all.test.seconds).toBe(200);
  });

  it('reads an unreadable file as empty rather than failing the build', () => {
    const root = mkdtempSync(join(tmpdir(), 'timings-'));
    recordTimings(root, 'build', { seconds: 1 });
    writeFileSync(timingsFile(root), '{ not json');
    expect(readTimings(root)).toEqual({});
    writeFileSync(timingsFile(root), '[1, 2]');
    expect(readTimings(root)).toEqual({});
  });

  it('stamps the commit of a checkout', () => {
    const root = mkdtempSync(join(tmpdir(), 'timings-git-'));
    const git = (...args) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: root, encoding: 'utf8' });
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'x');
    recordTimings(root, 'test', { seconds: 1 });
    expect(readTimings(root).test.commit).toBe(git('rev-parse', 'HEAD').trim());
  });

  it('rounds milliseconds to seconds with one decimal', () => {
    expect([seconds(0), seconds(1234), seconds(1250), seconds(99_949)]).toEqual([0, 1.2, 1.3, 99.9]);
  });
});

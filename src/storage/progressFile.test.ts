import { describe, expect, it } from 'vitest';
import { buildProgressFile, PROGRESS_FILE_VERSION, readProgressFile } from './progressFile.ts';
import { PROGRESS_FILE_FORMAT } from './storageKeys.ts';
import { record } from './testing.ts';

const now = new Date('2025-04-01T00:00:00.000Z');
const valid = buildProgressFile([record('1', 'a')], [], now);

/** A damaged entry of the kind the 5.4 MB file held 60,000 of. */
const damagedEntry = (index: number) => ({ id: `damaged-${index}`, questionId: 'gelu-at-1', rating: 9, correct: 'maybe', answeredAt: 'yesterday' });

describe('progress files', () => {
  it('read back what they write', () => {
    const reviews = [record('1', 'a'), record('2', 'b', { rating: 1, correct: false, response: { type: 'numeric', text: '0.9' } })];
    const text = JSON.stringify(buildProgressFile(reviews, [], now));
    expect(readProgressFile(text)).toEqual({ ok: true, reviews });
    expect(JSON.parse(text)).toMatchObject({ format: PROGRESS_FILE_FORMAT, version: PROGRESS_FILE_VERSION });
    expect(PROGRESS_FILE_VERSION).toBe(3);
  });

  it('make quarantined values JSON-safe', () => {
    const file = buildProgressFile([], [{ id: 'reviews:x', source: 's', reason: 'r', quarantinedAt: now.toISOString(), value: { big: 10n } }], now);
    expect(file.quarantined?.[0]?.value).toEqual({ big: '10' });
  });

  it('migrate version 1 files', () => {
    const text = JSON.stringify({
      format: PROGRESS_FILE_FORMAT,
      version: 1,
      exportedAt: now.toISOString(),
      reviews: [{ id: 'a', questionId: 'q', grade: 'easy', correct: true, time: 0 }],
    });
    expect(readProgressFile(text)).toEqual({
      ok: true,
      reviews: [{ id: 'a', questionId: 'q', rating: 4, correct: true, answeredAt: '1970-01-01T00:00:00.000Z' }],
    });
  });

  it('migrate version 2 files: the option positions they saved are authored indices (nothing was shuffled then)', () => {
    const text = JSON.stringify({
      ...valid,
      version: 2,
      reviews: [
        record('s', 'roles', { response: { type: 'single', choice: 2 } }),
        record('m', 'limits', { response: { type: 'multiple', choices: [0, 2] } }),
        record('o', 'stages', { response: { type: 'order', order: [0, 2, 1] } }),
        record('n', 'gelu-at-1'),
      ],
    });
    const read = readProgressFile(text);
    expect(read.ok && read.reviews.map((review) => review.response)).toEqual([
      { type: 'single', option: 2 },
      { type: 'multiple', options: [0, 2] },
      { type: 'order', order: [0, 2, 1] },
      undefined,
    ]);
  });

  it('read version 2 answers to questions revised since as they read now (an exported file migrates like the database)', () => {
    const text = JSON.stringify({
      ...valid,
      version: 2,
      reviews: [
        record('a', 'build-your-own-tools-fsdp', { response: { type: 'single', choice: 0 } }),
        record('b', 'gelu-monotonic', { response: { type: 'truefalse', value: false } }),
      ],
    });
    const read = readProgressFile(text);
    expect(read.ok && read.reviews.map((review) => review.response)).toEqual([
      { type: 'single', option: 3 },
      { type: 'truefalse', value: true },
    ]);
  });

  it.each([
    ['text that is not JSON', '{"format": ', 'not-json'],
    ['JSON of another kind', '[1, 2, 3]', 'not-progress-file'],
    ['another application', JSON.stringify({ ...valid, format: 'anki' }), 'not-progress-file'],
    ['a newer version', JSON.stringify({ ...valid, version: 99 }), 'unsupported-version'],
    ['a version that is not a number', JSON.stringify({ ...valid, version: '2' }), 'unsupported-version'],
    ['a review with a bad rating', JSON.stringify({ ...valid, reviews: [{ ...record('1', 'a'), rating: 7 }] }), 'bad-shape'],
    ['reviews that are not a list', JSON.stringify({ ...valid, reviews: {} }), 'bad-shape'],
    ['a review id twice', JSON.stringify({ ...valid, reviews: [record('1', 'a'), record('1', 'b')] }), 'bad-shape'],
  ])('refuse %s', (_case, text, code) => {
    expect(readProgressFile(text)).toMatchObject({ ok: false, problem: { code, detail: expect.stringMatching(/\S/) } });
  });

  it('name the field that is wrong', () => {
    const result = readProgressFile(JSON.stringify({ ...valid, reviews: [{ ...record('1', 'a'), rating: 7 }] }));
    expect(!result.ok && result.problem.detail).toContain('reviews.0.rating');
    const missing = readProgressFile(JSON.stringify({ ...valid, reviews: [{ id: 6, questionId: 'q', rating: 3, correct: true, answeredAt: '2025-01-01T00:00:00Z', extra: 1 }] }));
    expect(!missing.ok && missing.problem.detail).toBe('1 of 1 entries cannot be used: reviews.0.id: must be a string; reviews.0: has unknown field "extra"');
    const absent = readProgressFile(JSON.stringify({ ...valid, reviews: [{ id: 'x' }] }));
    expect(!absent.ok && absent.problem.detail).toContain('reviews.0.questionId: is missing');
    const envelope = readProgressFile(JSON.stringify({ ...valid, reviews: {} }));
    expect(!envelope.ok && envelope.problem).toEqual({ code: 'bad-shape', detail: 'reviews: must be a list' });
  });

  // The case: a valid export plus 60,000 damaged records (5.4 MB) once overflowed the stack inside zod and
  // was reported as a failed save. Every size must get the same answer: damaged, with the usable entries counted.
  it.each([100, 6_000, 60_000])('call a file with %i damaged entries damaged, and count the usable ones', (damagedCount) => {
    const good = [record('1', 'a'), record('2', 'b')];
    const damaged = Array.from({ length: damagedCount }, (_unused, index) => damagedEntry(index));
    const text = JSON.stringify({ ...buildProgressFile(good, [], now), reviews: [...good, ...damaged] });
    expect(text.length).toBeGreaterThan(damagedCount * 85); // 60,000 entries: over 5.1 MB, as in the issue.
    const read = readProgressFile(text);
    expect(read).toMatchObject({ ok: false, problem: { code: 'bad-shape', entries: { total: damagedCount + 2, usable: 2 } } });
    expect(!read.ok && read.usable).toEqual(good);
    expect(!read.ok && read.problem.detail).toMatch(new RegExp(`^${damagedCount} of ${damagedCount + 2} entries cannot be used: reviews\\.2\\.rating`));
    expect(!read.ok && read.problem.detail.length).toBeLessThan(600);
  }, 60_000); // A generous limit for the largest case on a machine busy with other work; it takes about a second alone.

  it('count a repeated review id as a damaged entry, keeping the first', () => {
    const read = readProgressFile(JSON.stringify({ ...valid, reviews: [record('1', 'a'), record('1', 'b'), record('2', 'c')] }));
    expect(read).toMatchObject({ ok: false, problem: { entries: { total: 3, usable: 2 } } });
    expect(!read.ok && read.usable.map((review) => review.questionId)).toEqual(['a', 'c']);
    expect(!read.ok && read.problem.detail).toContain('reviews.1: review id 1 appears twice');
  });
});

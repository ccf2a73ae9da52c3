import { describe, expect, it } from 'vitest';
import { buildProgressFile, PROGRESS_FILE_VERSION, readProgressFile } from './progressFile.ts';
import { PROGRESS_FILE_FORMAT } from './storageKeys.ts';
import { record } from './testing.ts';

const now = new Date('2025-04-01T00:00:00.000Z');

describe('progress files', () => {
  it('read back what they write', () => {
    const reviews = [record('1', 'a'), record('2', 'b', { rating: 1, correct: false, response: { text: '0.9' } })];
    const text = JSON.stringify(buildProgressFile(reviews, [], now));
    expect(readProgressFile(text)).toEqual({ ok: true, reviews });
    expect(JSON.parse(text)).toMatchObject({ format: PROGRESS_FILE_FORMAT, version: PROGRESS_FILE_VERSION });
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

  const valid = buildProgressFile([record('1', 'a')], [], now);
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
    expect(readProgressFile(text)).toEqual({ ok: false, problem: { code, detail: expect.stringMatching(/\S/) } });
  });

  it('name the field that is wrong', () => {
    const result = readProgressFile(JSON.stringify({ ...valid, reviews: [{ ...record('1', 'a'), rating: 7 }] }));
    expect(!result.ok && result.problem.detail).toContain('reviews.0.rating');
    const missing = readProgressFile(JSON.stringify({ ...valid, reviews: [{ id: 6, questionId: 'q', rating: 3, correct: true, answeredAt: '2025-01-01T00:00:00Z', extra: 1 }] }));
    expect(!missing.ok && missing.problem.detail).toBe('reviews.0.id: must be a string; reviews.0: has unknown field "extra"');
    const absent = readProgressFile(JSON.stringify({ ...valid, reviews: [{ id: 'x' }] }));
    expect(!absent.ok && absent.problem.detail).toContain('reviews.0.questionId: is missing');
  });
});

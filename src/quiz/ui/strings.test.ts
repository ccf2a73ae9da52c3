import { describe, expect, it } from 'vitest';
import type { StorageIssue } from '../../storage/index.ts';
import { quizStrings, reviewStrings } from './strings.ts';

const ISSUES: StorageIssue[] = [
  { kind: 'quarantined', count: 2 },
  { kind: 'quota' },
  { kind: 'unavailable', message: 'blocked' },
  { kind: 'write-failed', message: 'failed' },
  { kind: 'reload-needed' },
];

/** Every text a string table can produce: plain strings, and functions called with sample arguments. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    if (path.endsWith('.issue')) return ISSUES.map((issue) => [`${path}(${issue.kind})`, String(value(issue))]);
    return [[`${path}(…)`, String(value(2, 5))]];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
  }
  return [];
}

describe('interface text', () => {
  it('the Chinese text uses full-width punctuation, as the rest of the zh interface does', () => {
    // These ASCII marks were once folded from their full-width forms (，：？（）) by a compatibility normalisation.
    const halfWidth = [...texts(quizStrings.zh, 'quizStrings.zh'), ...texts(reviewStrings.zh, 'reviewStrings.zh')].filter(
      ([, text]) => /[,:;?!()]/.test(text),
    );
    expect(halfWidth).toEqual([]);
  });

  it('both languages have the same keys', () => {
    const keys = (table: Record<string, unknown>) => texts(table, '').map(([path]) => path).sort();
    expect(keys(quizStrings.zh)).toEqual(keys(quizStrings.en));
    expect(keys(reviewStrings.zh)).toEqual(keys(reviewStrings.en));
  });
});

import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileNeedles, countMatchingPatterns, findHighlights, makeSnippet, SNIPPET_WIDTH } from './snippet.ts';

describe('findHighlights', () => {
  it('finds whole English words case-insensitively and marks a phrase as one range', () => {
    const patterns = compileNeedles([
      { text: 'bias', wholeWord: true },
      { text: 'correction', wholeWord: true },
    ]);
    expect(findHighlights('Bias correction, not biased correctness.', patterns)).toEqual([[0, 15]]);
    expect(findHighlights('bias, correction', patterns)).toEqual([[0, 4], [6, 16]]);
  });

  it('finds Chinese needles anywhere, overlapping ones merged', () => {
    const patterns = compileNeedles([
      { text: '策略', wholeWord: true },
      { text: '略优', wholeWord: false },
    ]);
    expect(findHighlights('近端策略优化', patterns)).toEqual([[2, 5]]);
  });

  it('treats needle text literally, not as a pattern', () => {
    expect(findHighlights('a.b and axb', compileNeedles([{ text: 'a.b', wholeWord: false }]))).toEqual([[0, 3]]);
  });

  it('counts how many different needles occur', () => {
    const patterns = compileNeedles([
      { text: 'adam', wholeWord: true },
      { text: 'beta', wholeWord: true },
      { text: 'zeta', wholeWord: true },
    ]);
    expect(countMatchingPatterns('Adam, adam and beta', patterns)).toBe(2);
    expect(countMatchingPatterns('Adam, adam and beta', patterns)).toBe(2); // Repeatable: no state left in the patterns.
  });
});

describe('makeSnippet', () => {
  it('returns a short paragraph whole', () => {
    expect(makeSnippet('short text', [[0, 5]])).toEqual({ text: 'short text', highlights: [[0, 5]], truncatedStart: false, truncatedEnd: false });
  });

  it('cuts a long paragraph around the first highlight, on spaces, and shifts the highlights', () => {
    const words = Array.from({ length: 80 }, (_, index) => `word${index}`);
    const paragraph = words.join(' ');
    const start = paragraph.indexOf('word50');
    const snippet = makeSnippet(paragraph, [[start, start + 6]]);
    expect(snippet.truncatedStart).toBe(true);
    expect(snippet.truncatedEnd).toBe(true);
    expect(snippet.text).toMatch(/^word\d+ /);
    expect(snippet.text).toMatch(/ word\d+$/);
    const [from, to] = snippet.highlights[0]!;
    expect(snippet.text.slice(from, to)).toBe('word50');
  });

  it('counts a Chinese character as two columns', () => {
    const paragraph = '汉'.repeat(200);
    const snippet = makeSnippet(paragraph, [[100, 102]]);
    expect(snippet.text.length).toBe(SNIPPET_WIDTH / 2);
  });

  it('always keeps the first highlight and stays within the width (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 600 }), fc.nat(), fc.integer({ min: 1, max: 12 }), (paragraph, at, length) => {
        const start = at % paragraph.length;
        const end = Math.min(paragraph.length, start + length);
        const snippet = makeSnippet(paragraph, [[start, end]]);
        const first = snippet.highlights[0];
        expect(first).toBeDefined();
        expect(first![0]).toBeLessThan(first![1]);
        expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_WIDTH + 1); // +1: a surrogate pair is never split
        expect(paragraph).toContain(snippet.text);
      }),
    );
  });
});

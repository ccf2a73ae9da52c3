import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseQuery } from './parseQuery.ts';

describe('parseQuery', () => {
  it('looks up a Chinese run as its bigrams, exactly', () => {
    const parsed = parseQuery('策略优');
    expect(parsed.required).toEqual([
      { term: '策略', prefix: false, fuzzy: false },
      { term: '略优', prefix: false, fuzzy: false },
    ]);
    expect(parsed.cjkRuns).toEqual(['策略优']);
  });

  it('looks up a single Chinese character by prefix', () => {
    expect(parseQuery('熵').required).toEqual([{ term: '熵', prefix: true, fuzzy: false }]);
  });

  it('matches English words by prefix from two letters and fuzzily from five', () => {
    expect(parseQuery('A Adam Optimzer').required).toEqual([
      { term: 'a', prefix: false, fuzzy: false },
      { term: 'adam', prefix: true, fuzzy: false },
      { term: 'optimzer', prefix: true, fuzzy: true },
    ]);
  });

  it('mixes scripts and drops repeated terms', () => {
    const parsed = parseQuery('PPO 剪切 ppo 剪切');
    expect(parsed.required.map((term) => term.term)).toEqual(['ppo', '剪切']);
    expect(parsed.cjkRuns).toEqual(['剪切', '剪切']);
  });

  it('gives nothing for an empty or punctuation-only query, and ignores text past the length limit', () => {
    expect(parseQuery('  ，。!? ').required).toEqual([]);
    expect(parseQuery(`${'x'.repeat(MAX_QUERY_LENGTH)} extra`).required.map((term) => term.term)).toEqual(['x'.repeat(MAX_QUERY_LENGTH)]);
  });
});

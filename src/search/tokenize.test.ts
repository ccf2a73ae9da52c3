import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cjkBigrams, cjkWords, containsCjk, normaliseTerm, scriptRuns, tokenizeForIndex } from './tokenize.ts';

const indexTerms = (text: string) => new Set(tokenizeForIndex(text).map((term) => normaliseTerm(term)));
/** Strings of common Chinese characters (U+4E00–U+9FA5). */
const chineseText = (minLength: number) =>
  fc.array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { minLength, maxLength: 40 }).map((codes) => String.fromCodePoint(...codes));

describe('Chinese tokens', () => {
  it('gives overlapping character pairs', () => {
    expect(cjkBigrams('近端策略优化')).toEqual(['近端', '端策', '策略', '略优', '优化']);
    expect(cjkBigrams('熵')).toEqual(['熵']);
  });

  it('indexes bigrams, the last character, and segmenter words of three or more characters', () => {
    const text = '近端策略优化则说明怎么一步步改进';
    const expectedWords = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)]
      .filter((segment) => segment.isWordLike && [...segment.segment].length >= 3)
      .map((segment) => segment.segment);
    expect(cjkWords(text)).toEqual(expectedWords);
    expect(tokenizeForIndex(text)).toEqual([...cjkBigrams(text), '进', ...expectedWords]);
  });

  it('finds every substring of two or more characters through its bigrams (property)', () => {
    fc.assert(
      fc.property(chineseText(2), fc.nat(), fc.nat(), (text, a, b) => {
        const characters = [...text];
        const start = a % (characters.length - 1);
        const end = start + 2 + (b % (characters.length - start - 1));
        const substring = characters.slice(start, end).join('');
        const terms = indexTerms(text);
        for (const bigram of cjkBigrams(substring)) expect(terms.has(bigram), `${bigram} of ${text}`).toBe(true);
      }),
    );
  });

  it('lets every single character be found: it starts a bigram or is the indexed last character (property)', () => {
    fc.assert(
      fc.property(chineseText(1), (text) => {
        const terms = [...indexTerms(text)];
        for (const character of text) expect(terms.some((term) => term?.startsWith(character)), `${character} of ${text}`).toBe(true);
      }),
    );
  });

  it('segments each run of Chinese separately, never across punctuation or English words', () => {
    expect(scriptRuns('PPO（近端策略优化）则说明，GPT-3 很大')).toEqual([
      { text: 'PPO', cjk: false },
      { text: '近端策略优化', cjk: true },
      { text: '则说明', cjk: true },
      { text: 'GPT-3', cjk: false },
      { text: '很大', cjk: true },
    ]);
  });

  it('tokenizes a long text run by run, and cuts an unbroken run into pieces for the segmenter', () => {
    const long = '近端策略优化则说明怎么一步步改进。'.repeat(2000); // 34,000 characters, 2,000 runs
    expect(tokenizeForIndex(long).filter((term) => term === '近端')).toHaveLength(2000);
    const unbroken = '一步步改进'.repeat(200); // one run of 1,000 characters
    const words = cjkWords(unbroken);
    expect(words.length).toBeGreaterThan(0);
    expect(words.every((word) => [...word].length >= 3 && unbroken.includes(word))).toBe(true);
  });
});

describe('English tokens', () => {
  it('splits on spaces and punctuation and keeps joined words whole as well as in parts', () => {
    expect(tokenizeForIndex("Adam's bias-correction, GPT-3 and 0.316 (m_t).")).toEqual([
      'Adam', 's', 'bias-correction', 'bias', 'correction', 'GPT-3', 'GPT', '3', 'and', '0.316', '0', '316', 'm_t', 'm', 't',
    ]);
  });

  it('normalises case, accents and full-width forms, and drops empty terms', () => {
    expect(normaliseTerm('Optimizer')).toBe('optimizer');
    expect(normaliseTerm('naïve')).toBe('naive');
    expect(normaliseTerm('ＧＰＴ')).toBe('gpt');
    expect(normaliseTerm('β₁')).toBe('β1');
    expect(normaliseTerm('')).toBeNull();
    expect(normaliseTerm('策略')).toBe('策略');
  });

  it('tells CJK from other text', () => {
    expect(containsCjk('PPO 策略')).toBe(true);
    expect(containsCjk('カタカナ')).toBe(true);
    expect(containsCjk('Adam β')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { STRINGS, TAB_IDS } from './strings.ts';

describe('gpt-lab strings', () => {
  it('say "1 layer" and "2 layers" in English', () => {
    const size = { layers: 1, width: 16, heads: 1, context: 32, vocabulary: 112, parameters: '5000' };
    expect(STRINGS.en.size(size)).toBe('1 layer · width 16 · 1 head · context 32 · vocabulary 112 · 5000 parameters');
    expect(STRINGS.en.size({ ...size, layers: 2, heads: 4 })).toMatch(/^2 layers · width 16 · 4 heads/);
  });

  it('name every tab and problem in both languages, Chinese with full-width punctuation', () => {
    for (const locale of ['en', 'zh'] as const) {
      for (const tab of TAB_IDS) expect(STRINGS[locale].tabs[tab]).not.toBe('');
      expect(Object.keys(STRINGS[locale].problemCodes).sort()).toEqual(Object.keys(STRINGS.en.problemCodes).sort());
    }
    const chinese = [STRINGS.zh.sftIntro, STRINGS.zh.keepIntro, STRINGS.zh.compareGreedy, STRINGS.zh.saveStatus.quota];
    for (const text of chinese) expect(text).not.toMatch(/[,.:;?!()](?!\d)/);
  });
});

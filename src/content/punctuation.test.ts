import { describe, expect, it } from 'vitest';
import { findHalfWidthPunctuation } from './chinesePunctuation.ts';
import { proseUnits, stripNonProse } from './proseUnits.ts';
import { readChapterSources } from './testing.ts';

describe('findHalfWidthPunctuation', () => {
  it('reports half-width marks in Chinese sentences', () => {
    expect(findHalfWidthPunctuation('GPT 的块在哪里使用 GeLU?')).toHaveLength(1);
    expect(findHalfWidthPunctuation('加上学到的平移 X:')).toHaveLength(1);
    expect(findHalfWidthPunctuation('可配合 PEFT(LoRA)以及 8 位加载')).toHaveLength(1);
    expect(findHalfWidthPunctuation('FastChat(Vicuna 的训练代码)')).toHaveLength(1);
    expect(findHalfWidthPunctuation('Alec Radford 等, "Improving Language Understanding"', { footnote: true })).toHaveLength(1);
    expect(findHalfWidthPunctuation('这是第一句,这是第二句.')).toHaveLength(2);
    expect(findHalfWidthPunctuation('先算梯度, 再更新')).toHaveLength(1);
  });

  it('leaves English, numbers and formulas alone', () => {
    expect(findHalfWidthPunctuation('对 logits (2, 1, 0.1)，softmax 给出 (0.659, 0.242, 0.099)。')).toEqual([]);
    expect(findHalfWidthPunctuation('clip(1.5, 0.8, 1.2) = 1.2。GeLU(−0.5) ≈ −0.154')).toEqual([]);
    expect(findHalfWidthPunctuation('Radford et al., "Improving Language Understanding", OpenAI, 2018, §4.1.', { footnote: true })).toEqual([]);
    expect(findHalfWidthPunctuation(stripNonProse('把 $f(x,y)=x^2$ 写成 `a:b`，见 https://example.com/a,b。'))).toEqual([]);
  });
});

describe('Chinese chapters use full-width punctuation in prose and quizzes', () => {
  for (const chapter of readChapterSources().filter((each) => each.locale === 'zh')) {
    it(`${chapter.file}`, () => {
      const problems = proseUnits(chapter.source).flatMap((unit) =>
        findHalfWidthPunctuation(unit.text, { footnote: unit.where === 'footnote' }).map((problem) => `${chapter.file}:${unit.line} (${unit.where}) ${problem}`),
      );
      expect(problems).toEqual([]);
    });
  }
});

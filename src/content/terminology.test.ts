import { describe, expect, it } from 'vitest';
import { proseUnits } from './proseUnits.ts';
import { readChapterSources } from './testing.ts';

// Chinese terminology (issue #20): "token" is 词元, introduced as 词元（token） at its first use in each chapter, and
// never 词 on its own; spot instances are 竞价实例. Mermaid labels count as prose here, since readers see them.
const chinese = readChapterSources().filter((chapter) => chapter.locale === 'zh');
/** Patterns where 词 stands for a token (the forms the chapters used before): 下一个词, 每个词, 逐词, 个词元 is fine. */
const WORD_FOR_TOKEN = [/下一个词(?!元|表|语)/, /[每某]个词(?!元|表|语)/, /逐词(?!元)/, /[千万亿]个词(?!元|表|语)/];

describe('Chinese terminology', () => {
  for (const chapter of chinese) {
    it(`${chapter.file}: 词元 for token, with （token） at its first use`, () => {
      const units = proseUnits(chapter.source).filter((unit) => unit.where !== 'front matter');
      const first = units.find((unit) => unit.text.includes('词元'));
      expect(first?.text.slice(first.text.indexOf('词元')) ?? '词元（token）', `line ${first?.line}`).toMatch(/^词元(\*\*)?（token）/);
      const stray = units.flatMap((unit) => WORD_FOR_TOKEN.filter((pattern) => pattern.test(unit.text)).map(() => `line ${unit.line}: ${unit.text.slice(0, 40)}`));
      expect(stray).toEqual([]);
      const bare = units.filter((unit) => unit.where !== 'footnote' && /(?<![（\w␣-])tokens?(?![）\w-])/.test(unit.text.replace(/[A-Za-z]+( [a-z]+)+\./g, '')));
      expect(bare.map((unit) => `line ${unit.line}: ${unit.text.slice(0, 60)}`)).toEqual([]);
    });

    it(`${chapter.file}: spot instances are 竞价实例`, () => {
      expect(chapter.source).not.toMatch(/抢占式/);
    });
  }
});

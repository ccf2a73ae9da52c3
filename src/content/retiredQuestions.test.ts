import { describe, expect, it } from 'vitest';
import { RETIRED_QUESTIONS } from '../quiz/engine/retiredQuestions.ts';
import { quizBlocks } from './quizBlocks.ts';
import { readChapterSources } from './testing.ts';

// A retired id must never come back as a live question (its old history would be read as the new question's), and a
// replacement must exist in both languages, or the progress migration would carry history over to nothing.
const chapters = readChapterSources();
const liveIds = (locale: 'zh' | 'en') =>
  new Set(chapters.filter((chapter) => chapter.locale === locale).flatMap((chapter) => quizBlocks(chapter.source).flatMap((block) => block.questions.map((question) => question.id))));

describe('retired questions', () => {
  for (const locale of ['zh', 'en'] as const) {
    const live = liveIds(locale);
    it(`no retired id is a live question in ${locale}`, () => {
      expect(Object.keys(RETIRED_QUESTIONS).filter((id) => live.has(id))).toEqual([]);
    });
    it(`every replacement is a live question in ${locale}`, () => {
      const missing = Object.entries(RETIRED_QUESTIONS).filter(([, retired]) => retired.replacedBy !== undefined && !live.has(retired.replacedBy));
      expect(missing.map(([id, retired]) => `${id} → ${retired.replacedBy}`)).toEqual([]);
    });
  }

  it('a replacement is never itself retired, so history moves in one hop', () => {
    const chained = Object.entries(RETIRED_QUESTIONS).filter(([, retired]) => retired.replacedBy !== undefined && retired.replacedBy in RETIRED_QUESTIONS);
    expect(chained.map(([id]) => id)).toEqual([]);
  });
});

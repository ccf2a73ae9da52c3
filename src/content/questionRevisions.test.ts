import { describe, expect, it } from 'vitest';
import { QUESTION_REVISIONS } from '../quiz/engine/questionRevisions.ts';
import { quizBlocks } from './quizBlocks.ts';
import { readChapterSources } from './testing.ts';

// A revision entry rewrites old answers when progress is migrated: it must name a live question of the right kind in
// both languages, and move options only to places that exist, never two onto one.
const chapters = readChapterSources();
const questionsOf = (locale: 'zh' | 'en') =>
  new Map(
    chapters
      .filter((chapter) => chapter.locale === locale)
      .flatMap((chapter) => quizBlocks(chapter.source).flatMap((block) => block.questions))
      .map((question) => [question.id, question] as const),
  );

describe('question revisions', () => {
  for (const locale of ['zh', 'en'] as const) {
    const live = questionsOf(locale);
    it(`every revised question is live in ${locale} and each move lands on a distinct existing option`, () => {
      const problems: string[] = [];
      for (const [id, revision] of Object.entries(QUESTION_REVISIONS)) {
        const question = live.get(id) as { type?: string; options?: unknown[] } | undefined;
        if (!question) {
          problems.push(`${id}: not a live question`);
          continue;
        }
        if (revision.negated && question.type !== 'truefalse') problems.push(`${id}: negated but ${question.type}`);
        if (revision.options) {
          if (question.type !== 'single' && question.type !== 'multiple') problems.push(`${id}: options moved but ${question.type}`);
          const targets = revision.options.filter((target): target is number => target !== null);
          const count = question.options?.length ?? 0;
          if (targets.some((target) => !Number.isInteger(target) || target < 0 || target >= count)) problems.push(`${id}: a move leaves the ${count} options`);
          if (new Set(targets).size !== targets.length) problems.push(`${id}: two options move onto one`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

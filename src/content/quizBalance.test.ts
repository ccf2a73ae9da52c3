import { describe, expect, it } from 'vitest';
import { parseCloze } from '../quiz/engine/cloze.ts';
import type { QuestionSource } from '../quiz/engine/questionSchema.ts';
import { quizBlocks } from './quizBlocks.ts';
import { readChapterSources } from './testing.ts';

// The quizzes must test knowledge, not answer positions (issue #20). These are the rules every chapter's questions keep,
// in both languages, as written by the authors (the quiz also shuffles options when it shows them):
// - true/false: in a chapter with 4 or more, between 35% and 65% are true; with 2 or 3, both answers occur; across
//   one language's notebook, between 40% and 60% are true;
// - single choice: across one language, no option position holds more than half the keys, and each of the first four
//   positions is the key of at least 10% of the questions that have an option there; in a chapter with 3 or more,
//   the keys are not all in one position;
// - multiple choice: never every option right; across one language, at most half are "all but one" and at least three
//   different numbers of right options occur; in a chapter with 3 or more, not all are "all but one";
// - zh and en ask the same questions with the same keys;
// - a numeric question about GB says which GB (10⁹ bytes); a cloze blank accepts an ASCII minus wherever it accepts
//   "−", and no alternative repeats the words that follow the blank.
const chapters = readChapterSources().map((chapter) => ({
  ...chapter,
  questions: quizBlocks(chapter.source).flatMap((block) => block.questions),
}));
const locales = ['zh', 'en'] as const;

type Of<Type extends QuestionSource['type']> = Extract<QuestionSource, { type: Type }>;
const ofType = <Type extends QuestionSource['type']>(questions: QuestionSource[], type: Type) =>
  questions.filter((question): question is Of<Type> => question.type === type);
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

describe('quiz key balance', () => {
  for (const chapter of chapters.filter((each) => each.questions.length > 0)) {
    describe(`${chapter.file}`, () => {
      it('true/false: both answers occur, and with 4 or more, 35–65% are true', () => {
        const keys = ofType(chapter.questions, 'truefalse').map((question) => question.answer);
        const trues = keys.filter(Boolean).length;
        const oneSided = keys.length >= 2 && new Set(keys).size < 2;
        const unbalanced = keys.length >= 4 && (share(trues, keys.length) < 0.35 || share(trues, keys.length) > 0.65);
        expect({ oneSided, unbalanced }, `${trues} of ${keys.length} true`).toEqual({ oneSided: false, unbalanced: false });
      });

      it('single choice: with 3 or more questions, the keys are not all in one position', () => {
        const keys = ofType(chapter.questions, 'single').map((question) => question.answer);
        expect(keys.length >= 3 && new Set(keys).size === 1, `keys at ${keys.join(', ')}`).toBe(false);
      });

      it('multiple choice: never all options right, and with 3 or more, not all "all but one"', () => {
        const questions = ofType(chapter.questions, 'multiple');
        expect(questions.filter((question) => question.answer.length >= question.options.length).map((question) => question.id)).toEqual([]);
        const allButOne = questions.filter((question) => question.answer.length === question.options.length - 1);
        expect(questions.length >= 3 && allButOne.length === questions.length, `${allButOne.map((question) => question.id).join(', ')}`).toBe(false);
      });
    });
  }

  for (const locale of locales) {
    describe(`the whole notebook in ${locale}`, () => {
      const questions = chapters.filter((chapter) => chapter.locale === locale).flatMap((chapter) => chapter.questions);

      it('true/false: 40–60% true', () => {
        const keys = ofType(questions, 'truefalse').map((question) => question.answer);
        const trues = keys.filter(Boolean).length;
        expect(share(trues, keys.length), `${trues} of ${keys.length}`).toBeGreaterThanOrEqual(0.4);
        expect(share(trues, keys.length), `${trues} of ${keys.length}`).toBeLessThanOrEqual(0.6);
      });

      it('single choice: no position holds more than half the keys; each of the first four holds at least 10%', () => {
        const singles = ofType(questions, 'single');
        const counts = [0, 1, 2, 3].map((position) => singles.filter((question) => question.answer === position).length);
        expect(Math.max(...counts), `keys per position: ${counts.join(', ')}`).toBeLessThanOrEqual(singles.length / 2);
        for (const position of [0, 1, 2, 3]) {
          const possible = singles.filter((question) => question.options.length > position).length;
          expect(share(counts[position] ?? 0, possible), `position ${position}: ${counts[position]} of ${possible}`).toBeGreaterThanOrEqual(0.1);
        }
      });

      it('multiple choice: at most half "all but one", and at least three different numbers of right options', () => {
        const multiples = ofType(questions, 'multiple');
        const allButOne = multiples.filter((question) => question.answer.length === question.options.length - 1).length;
        expect(allButOne, `${allButOne} of ${multiples.length}`).toBeLessThanOrEqual(multiples.length / 2);
        expect(new Set(multiples.map((question) => question.answer.length)).size).toBeGreaterThanOrEqual(3);
      });

      it('numeric questions in GB say that a GB is 10⁹ bytes', () => {
        const vague = ofType(questions, 'numeric').filter((question) => /\bGB\b/.test(question.prompt) && !/10⁹|10\^9|10\^\{9\}/.test(question.prompt));
        expect(vague.map((question) => question.id)).toEqual([]);
      });

      it('cloze blanks accept an ASCII minus wherever they accept "−", and no alternative doubles the text after it', () => {
        const problems: string[] = [];
        for (const question of ofType(questions, 'cloze')) {
          const pieces = parseCloze(question.text);
          pieces.forEach((piece, index) => {
            if (typeof piece === 'string') return;
            for (const alternative of piece.alternatives.filter((each) => each.includes('−'))) {
              if (!piece.alternatives.includes(alternative.replaceAll('−', '-'))) problems.push(`${question.id} blank ${piece.number}: no ASCII twin of "${alternative}"`);
            }
            const after = (typeof pieces[index + 1] === 'string' ? (pieces[index + 1] as string) : '').trimStart();
            for (const alternative of piece.alternatives) {
              for (let length = 2; length <= alternative.length; length += 1) {
                const tail = alternative.slice(-length);
                if (after.startsWith(tail) && /\p{L}/u.test(tail)) problems.push(`${question.id}: "${alternative}" then "${after.slice(0, 12)}"`);
              }
            }
          });
        }
        expect(problems).toEqual([]);
      });
    });
  }

  it('zh and en ask the same questions with the same keys', () => {
    const key = (question: QuestionSource) => {
      switch (question.type) {
        case 'single':
        case 'multiple':
          return { answer: question.answer, options: question.options.length };
        case 'truefalse':
          return { answer: question.answer };
        case 'order':
          return { items: question.items.length };
        case 'numeric':
          return { answer: question.answer, tolerance: question.tolerance };
        case 'cloze':
          return { blanks: parseCloze(question.text).filter((piece) => typeof piece !== 'string').length };
        case 'recall':
          return {};
      }
    };
    const keys = (locale: (typeof locales)[number]) =>
      chapters
        .filter((chapter) => chapter.locale === locale)
        .map((chapter) => ({ chapter: chapter.name, questions: chapter.questions.map((question) => ({ id: question.id, type: question.type, ...key(question) })) }));
    expect(keys('zh')).toEqual(keys('en'));
  });
});

/**
 * Grading: one pure function per question type, behind one entry point. A response that cannot be graded (nothing
 * chosen, not a number, an empty blank) is not wrong: it comes back as a problem for the reader to fix.
 */
import { normaliseAnswer, readTypedNumber } from './normaliseAnswer.ts';
import type { ClozeQuestion, GradeProblem, GradeResult, Question, QuizResponse } from './types.ts';
import { RATING } from './types.ts';

/**
 * Grades `response` against `question`. Options and items are compared by identity (authored index), so the order in
 * which they were shown plays no part. A response of another type than the question's is a problem, not wrong.
 */
export function grade(question: Question, response: QuizResponse): GradeResult {
  const graded = (correct: boolean): GradeResult => ({ status: 'graded', correct });
  const invalid = (problem: GradeProblem): GradeResult => ({ status: 'invalid', problem });
  if (question.type !== response.type) return invalid('wrong-type');
  switch (response.type) {
    case 'single': {
      const { answer } = question as Extract<Question, { type: 'single' }>;
      return response.option === undefined ? invalid('no-choice') : graded(response.option === answer);
    }
    case 'multiple': {
      const { answer } = question as Extract<Question, { type: 'multiple' }>;
      if (response.options.length === 0) return invalid('no-choice');
      const chosen = [...new Set(response.options)].sort((left, right) => left - right);
      return graded(chosen.length === answer.length && chosen.every((choice, position) => choice === answer[position]));
    }
    case 'truefalse': {
      const { answer } = question as Extract<Question, { type: 'truefalse' }>;
      return response.value === undefined ? invalid('no-choice') : graded(response.value === answer);
    }
    case 'order': {
      const { itemsHtml } = question as Extract<Question, { type: 'order' }>;
      // Compared by content, not by index, so two identical items may swap places and still be right.
      return graded(
        response.order.length === itemsHtml.length &&
          response.order.every((itemIndex, position) => itemsHtml[itemIndex] === itemsHtml[position]),
      );
    }
    case 'numeric': {
      const { answer, tolerance } = question as Extract<Question, { type: 'numeric' }>;
      const typed = readTypedNumber(response.text);
      if (!typed.ok) return invalid(typed.problem);
      const { value } = typed;
      // A hair of slack so that a tolerance written in decimal (0.0005) is not undone by binary rounding.
      return graded(Math.abs(value - answer) <= tolerance + 1e-12 * Math.max(1, Math.abs(answer)));
    }
    case 'cloze':
      return gradeCloze(question as ClozeQuestion, response.blanks);
    case 'recall':
      return graded(response.rating !== RATING.again);
  }
}

function gradeCloze(question: ClozeQuestion, typed: readonly string[]): GradeResult {
  if (question.blanks.some((_blank, position) => (typed[position] ?? '').trim() === '')) {
    return { status: 'invalid', problem: 'empty-blank' };
  }
  const blanksCorrect = question.blanks.map((blank, position) =>
    blank.accepted.includes(normaliseAnswer(typed[position] ?? '', blank.inFormula)),
  );
  return { status: 'graded', correct: blanksCorrect.every(Boolean), blanksCorrect };
}

import { describe, expect, it } from 'vitest';
import { quizQuestionHtml } from './quizText.ts';

const quiz = (props: unknown) => ({ name: 'quiz', instanceId: 'quiz', section: 'a', props });

describe('quizQuestionHtml', () => {
  it('takes every HTML field of every question, lists included, but not the cloze solution', () => {
    const props = {
      questions: [
        { id: 'a', type: 'single', promptHtml: 'P1', optionsHtml: ['O1', 'O2'], answer: 0, explainHtml: 'E1' },
        { id: 'b', type: 'cloze', promptHtml: 'P2', textHtml: 'T2', solutionHtml: 'S2', blanks: [], explainHtml: '' },
        { id: 'c', type: 'order', promptHtml: 'P3', itemsHtml: ['I1', 'I2'], explainHtml: 'E3' },
        { id: 'd', type: 'recall', promptHtml: 'P4', answerHtml: 'A4', explainHtml: 'E4' },
      ],
    };
    expect(quizQuestionHtml(quiz(props))).toEqual(['P1', 'O1', 'O2', 'E1', 'P2', 'T2', '', 'P3', 'I1', 'I2', 'E3', 'P4', 'A4', 'E4']);
  });

  it('yields nothing for other widgets or props that are not a question list', () => {
    expect(quizQuestionHtml({ ...quiz({ questions: [{ promptHtml: 'x' }] }), name: 'softmax-lab' })).toEqual([]);
    expect(quizQuestionHtml(quiz(null))).toEqual([]);
    expect(quizQuestionHtml(quiz({ questions: 'nope' }))).toEqual([]);
    expect(quizQuestionHtml(quiz({ questions: [null, 3, { promptHtml: 7, optionsHtml: [1, 'ok'] }] }))).toEqual(['ok']);
  });
});

import { describe, expect, it } from 'vitest';
import { QuizFormatError } from '../../quiz/engine/parseQuiz.ts';
import { quiz } from './definition.ts';
import { QUIZ_RESERVE } from './props.ts';

const renderInline = (markdown: string) => `<em>${markdown}</em>`;

describe('quiz widget definition', () => {
  it('is a container widget whose props are JSON with every Markdown field rendered', () => {
    const props = quiz.parse(
      [
        { id: 'a', type: 'single', prompt: 'P', options: ['x', 'y'], answer: 1, explain: 'E' },
        { id: 'b', type: 'recall', prompt: 'Q', answer: 'A', explain: 'F' },
      ],
      renderInline,
    );
    expect(quiz.kind).toBe('container');
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
    expect(props.questions[0]).toEqual({
      id: 'a', type: 'single', promptHtml: '<em>P</em>', explainHtml: '<em>E</em>', optionsHtml: ['<em>x</em>', '<em>y</em>'], answer: 1,
    });
    expect(props.questions[1]).toMatchObject({ answerHtml: '<em>A</em>' });
  });

  it('refuses a bad body with a message naming the question and field', () => {
    expect(() =>
      quiz.parse([{ id: 'gelu-at-1', type: 'numeric', prompt: 'p', answer: 'x', tolerance: 0, explain: 'e' }], renderInline),
    ).toThrow(new QuizFormatError(['question 1 (gelu-at-1): answer must be a number']));
  });

  it('reserves the height the block sets as its min-height, and loads its component lazily', async () => {
    expect(quiz.reserve).toBe(QUIZ_RESERVE);
    const module = await quiz.load();
    expect(typeof module.default).toBe('function');
  });
});

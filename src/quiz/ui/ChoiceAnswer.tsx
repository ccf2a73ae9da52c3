import { useId } from 'react';
import type { Locale } from '../../content/locale.ts';
import type { MultipleQuestion, QuizResponse, SingleQuestion, TrueFalseQuestion } from '../engine/index.ts';
import { Html } from './Html.tsx';
import { type AnswerControlProps, shownOrder } from './responses.ts';
import { quizStrings } from './strings.ts';

type ChoiceQuestion = SingleQuestion | MultipleQuestion | TrueFalseQuestion;
type ChoiceResponse = Extract<QuizResponse, { type: 'single' | 'multiple' | 'truefalse' }>;

/**
 * Single, multiple and true/false questions: a native radio group or a set of checkboxes inside a fieldset whose legend
 * is the prompt, so arrow keys, Space and screen readers behave as everywhere else. Options appear in the order the
 * response's `shown` gives (True and False stay in that order); every choice and mark is by authored index.
 */
export function ChoiceAnswer(props: AnswerControlProps<ChoiceQuestion, ChoiceResponse> & { locale: Locale }) {
  const { question, response, onChange, answered, promptId, problemId, locale } = props;
  const strings = quizStrings[locale];
  const name = useId();
  const options = question.type === 'truefalse' ? [strings.true, strings.false] : question.optionsHtml;
  const shown = response.type === 'truefalse' ? undefined : response.shown;
  const order = shownOrder(shown, options.length);
  const isChosen = (index: number) => {
    if (response.type === 'single') return response.option === index;
    if (response.type === 'multiple') return response.options.includes(index);
    return response.value !== undefined && response.value === (index === 0);
  };
  const isRight = (index: number) => {
    if (question.type === 'single') return question.answer === index;
    if (question.type === 'multiple') return question.answer.includes(index);
    return question.answer === (index === 0);
  };
  const choose = (index: number, checked: boolean) => {
    if (response.type === 'single') onChange({ ...response, option: index });
    else if (response.type === 'truefalse') onChange({ type: 'truefalse', value: index === 0 });
    else {
      const rest = response.options.filter((option) => option !== index);
      onChange({ ...response, options: checked ? [...rest, index].sort((left, right) => left - right) : rest });
    }
  };
  return (
    <fieldset className="quiz-choices" disabled={answered} aria-describedby={problemId}>
      <legend className="quiz-card__prompt" id={promptId}>
        <Html html={question.promptHtml} />
      </legend>
      {order.map((index) => {
        const html = options[index] ?? '';
        const mark = answered && isRight(index) ? 'right' : answered && isChosen(index) ? 'wrong' : undefined;
        return (
          <label key={index} className={`quiz-choice${mark ? ` quiz-choice--${mark}` : ''}`}>
            <input
              type={question.type === 'multiple' ? 'checkbox' : 'radio'}
              name={name}
              checked={isChosen(index)}
              onChange={(event) => choose(index, event.currentTarget.checked)}
            />
            <Html html={html} className="quiz-choice__text" />
            {mark ? (
              <span className="quiz-choice__mark">{mark === 'right' ? `✓ ${strings.markRight}` : `✗ ${strings.markChosen}`}</span>
            ) : null}
          </label>
        );
      })}
    </fieldset>
  );
}

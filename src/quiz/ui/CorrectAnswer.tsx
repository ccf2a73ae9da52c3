import type { Locale } from '../../content/locale.ts';
import type { Question } from '../engine/index.ts';
import { Html } from './Html.tsx';
import { shownOrder } from './responses.ts';
import { quizStrings } from './strings.ts';

/**
 * The right answer of any question, shown in the feedback. Recall questions show theirs on reveal instead. The right
 * options of a multiple-choice question are listed in the order they were `shown` (authored indices), when given.
 */
export function CorrectAnswer(props: { question: Question; locale: Locale; shown?: readonly number[] | undefined }) {
  const { question, locale, shown } = props;
  const strings = quizStrings[locale];
  switch (question.type) {
    case 'single':
      return <Html html={question.optionsHtml[question.answer] ?? ''} />;
    case 'multiple':
      return (
        <ul className="quiz-feedback__list">
          {shownOrder(shown, question.optionsHtml.length).filter((index) => question.answer.includes(index)).map((index) => (
            <li key={index}>
              <Html html={question.optionsHtml[index] ?? ''} />
            </li>
          ))}
        </ul>
      );
    case 'truefalse':
      return <span>{question.answer ? strings.true : strings.false}</span>;
    case 'order':
      return (
        <ol className="quiz-feedback__list">
          {question.itemsHtml.map((html, index) => (
            <li key={index}>
              <Html html={html} />
            </li>
          ))}
        </ol>
      );
    case 'numeric':
      return (
        <span>
          {String(question.answer)}{' '}
          {question.tolerance > 0 ? strings.withinTolerance(String(question.tolerance)) : null}
        </span>
      );
    case 'cloze':
      return <Html block html={question.solutionHtml} />;
    case 'recall':
      return null;
  }
}

import type { Locale } from '../../content/locale.ts';
import type { Question } from '../engine/index.ts';
import { Html } from './Html.tsx';
import { quizStrings } from './strings.ts';

/** The right answer of any question, shown in the feedback. Recall questions show theirs on reveal instead. */
export function CorrectAnswer({ question, locale }: { question: Question; locale: Locale }) {
  const strings = quizStrings[locale];
  switch (question.type) {
    case 'single':
      return <Html html={question.optionsHtml[question.answer] ?? ''} />;
    case 'multiple':
      return (
        <ul className="quiz-feedback__list">
          {question.answer.map((index) => (
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

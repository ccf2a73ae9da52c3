import type { Locale } from '../../content/locale.ts';
import type { NumericQuestion, QuizResponse } from '../engine/index.ts';
import { Html } from './Html.tsx';
import type { AnswerControlProps } from './responses.ts';
import { quizStrings } from './strings.ts';

type NumericResponse = Extract<QuizResponse, { type: 'numeric' }>;

/**
 * Numeric questions: one labelled text field (not type="number", which silently drops what it cannot parse; the
 * grader explains instead). Enter submits, through the card's form.
 */
export function NumericAnswer(props: AnswerControlProps<NumericQuestion, NumericResponse> & { locale: Locale }) {
  const { question, response, onChange, answered, promptId, problemId, locale } = props;
  return (
    <div>
      <Html block className="quiz-card__prompt" id={promptId} html={question.promptHtml} />
      <label className="quiz-field">
        <span className="quiz-field__label">{quizStrings[locale].numericLabel}</span>
        <input
          className="quiz-field__input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={response.text}
          readOnly={answered}
          aria-invalid={problemId ? true : undefined}
          aria-describedby={problemId}
          onChange={(event) => onChange({ type: 'numeric', text: event.currentTarget.value })}
        />
      </label>
    </div>
  );
}

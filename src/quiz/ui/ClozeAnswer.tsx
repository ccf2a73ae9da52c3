import { useId } from 'react';
import type { Locale } from '../../content/locale.ts';
import type { ClozeQuestion, QuizResponse } from '../engine/index.ts';
import { Html } from './Html.tsx';
import type { AnswerControlProps } from './responses.ts';
import { quizStrings } from './strings.ts';

type ClozeResponse = Extract<QuizResponse, { type: 'cloze' }>;

/**
 * Cloze questions: the text with numbered gaps (boxes inside formulas), then one numbered field per blank, in
 * reading order, so that Tab walks the blanks in the order they appear.
 */
export function ClozeAnswer(props: AnswerControlProps<ClozeQuestion, ClozeResponse> & { locale: Locale }) {
  const { question, response, onChange, answered, blanksCorrect, promptId, problemId, locale } = props;
  const strings = quizStrings[locale];
  const baseId = useId();
  const hasFormulaBlank = question.blanks.some((blank) => blank.inFormula);
  const textId = `${baseId}-text`;
  const hintId = `${baseId}-hint`;
  return (
    <fieldset className="quiz-fieldset">
      <legend className="quiz-card__prompt" id={promptId}>
        <Html html={question.promptHtml} />
      </legend>
      <Html block className="quiz-cloze__text" id={textId} html={question.textHtml} />
      <div className="quiz-cloze__fields">
        {question.blanks.map((blank, position) => {
          const verdict = answered ? blanksCorrect?.[position] : undefined;
          const describedBy = [textId, blank.inFormula ? hintId : undefined, problemId].filter(Boolean).join(' ');
          return (
            <label key={blank.number} className="quiz-field quiz-cloze__field">
              <span className="quiz-field__label">{strings.blankLabel(blank.number)}</span>
              <input
                className="quiz-field__input"
                type="text"
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                value={response.blanks[position] ?? ''}
                readOnly={answered}
                aria-invalid={verdict === false ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => {
                  const blanks = [...response.blanks];
                  blanks[position] = event.currentTarget.value;
                  onChange({ type: 'cloze', blanks });
                }}
              />
              {verdict === undefined ? null : (
                <span className={`quiz-cloze__verdict quiz-cloze__verdict--${verdict ? 'right' : 'wrong'}`}>
                  {verdict ? `✓ ${strings.blankRight}` : `✗ ${strings.blankWrong}`}
                </span>
              )}
            </label>
          );
        })}
      </div>
      {hasFormulaBlank ? (
        <p className="quiz-card__hint" id={hintId}>
          {strings.formulaHint}
        </p>
      ) : null}
    </fieldset>
  );
}

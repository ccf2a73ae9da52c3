import type { ReactNode, Ref } from 'react';
import type { Locale } from '../../content/locale.ts';
import { RATING, type Question, type ReviewRating } from '../engine/index.ts';
import { CorrectAnswer } from './CorrectAnswer.tsx';
import { Html } from './Html.tsx';
import { RatingButtons } from './RatingButtons.tsx';
import { quizStrings } from './strings.ts';
import type { SaveState } from './useAnswerRecorder.ts';

/** The props of the feedback shown once a question is answered. */
export interface FeedbackProps {
  question: Question;
  locale: Locale;
  correct: boolean;
  rating: ReviewRating;
  onRatingChange: (rating: ReviewRating) => void;
  save: SaveState;
  /** The arrangement the options were shown in (authored indices), so the right ones are listed in that order. */
  shown?: readonly number[] | undefined;
  /** Buttons after the feedback (answer again, next question). */
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
}

const AFTER_RIGHT: readonly ReviewRating[] = [RATING.hard, RATING.good, RATING.easy];

/**
 * Right or wrong, the correct answer and the explanation, at once; after a right answer, the Hard/Good/Easy choice
 * (Good already chosen). Focusable, so that the card can move focus here and a screen reader reads the verdict.
 */
export function Feedback(props: FeedbackProps) {
  const { question, locale, correct, rating, onRatingChange, save, shown, children, ref } = props;
  const strings = quizStrings[locale];
  return (
    <div ref={ref} tabIndex={-1} className={`quiz-feedback quiz-feedback--${correct ? 'right' : 'wrong'}`}>
      <p className="quiz-feedback__verdict">{correct ? `✓ ${strings.right}` : `✗ ${strings.wrong}`}</p>
      {question.type === 'recall' ? null : (
        <div className="quiz-feedback__answer">
          <span className="quiz-feedback__label">{strings.correctAnswer}</span> <CorrectAnswer question={question} locale={locale} shown={shown} />
        </div>
      )}
      <div className="quiz-feedback__explain">
        <span className="quiz-feedback__label">{strings.explanation}</span> <Html html={question.explainHtml} />
      </div>
      {/* The rating sets when the question comes back: pointless, and misleading, when the answer was not saved. */}
      {correct && save.status !== 'failed' ? (
        <RatingButtons locale={locale} label={strings.howHard} ratings={AFTER_RIGHT} chosen={rating} onChoose={onRatingChange} />
      ) : null}
      <SaveStatus state={save} locale={locale} />
      {children ? <div className="quiz-card__actions">{children}</div> : null}
    </div>
  );
}

function SaveStatus({ state, locale }: { state: SaveState; locale: Locale }) {
  const strings = quizStrings[locale];
  if (state.status === 'saved') return <p className="quiz-feedback__saved">{strings.saved}</p>;
  if (state.status === 'preview') return <p className="quiz-feedback__saved">{strings.notSavedPreview}</p>;
  if (state.status === 'failed') return <p className="quiz-feedback__save-error">{strings.saveFailed[state.reason]}</p>;
  return null;
}

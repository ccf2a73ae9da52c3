import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Locale } from '../../content/locale.ts';
import { grade, RATING, ratingFor, type GradeProblem, type Question, type QuizResponse, type ReviewRating } from '../engine/index.ts';
import { AnswerControl } from './AnswerControl.tsx';
import { Feedback } from './Feedback.tsx';
import { Html } from './Html.tsx';
import { RatingButtons } from './RatingButtons.tsx';
import { quizStrings } from './strings.ts';
import { useAnswerRecorder } from './useAnswerRecorder.ts';
import { usePresentedResponse } from './usePresentedResponse.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheets are loaded with the component
import './controls.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is loaded with the component
import './quiz.css';

/** Props of a question card. */
export interface QuestionCardProps {
  question: Question;
  locale: Locale;
  /** "Question 2 of 5": names the card for screen readers. */
  label: string;
  /** A line under the label, e.g. the question's history or where it comes from. */
  status?: ReactNode;
  /** Save answers to the review log; false on a preview. Default true. */
  save?: boolean;
  /** Offer "answer again" after answering. */
  allowRetry?: boolean;
  /** Focus the card's label when it mounts (the review page, moving from one question to the next). */
  focusOnMount?: boolean;
  /** Called once per answer, when graded. */
  onAnswered?: (correct: boolean) => void;
  /** Extra buttons shown with the feedback, e.g. "Next question". */
  actions?: ReactNode;
}

type Phase =
  | { kind: 'answering'; problem?: GradeProblem }
  | { kind: 'revealed' }
  | { kind: 'answered'; correct: boolean; rating: ReviewRating; blanksCorrect?: boolean[] | undefined };

const RECALL_RATINGS: readonly ReviewRating[] = [RATING.again, RATING.hard, RATING.good, RATING.easy];

/**
 * One question, answered from the keyboard alone: the controls of its type (options and order items arranged anew for
 * each presentation: usePresentedResponse), a Check button (Enter in any field checks too), then feedback at once. A wrong answer is saved as Again; a right one as Good, which the reader may
 * change to Hard or Easy. Recall questions reveal the answer and the reader rates themself.
 */
export function QuestionCard(props: QuestionCardProps) {
  const { question, locale, label, status, save = true, allowRetry = false, focusOnMount = false, onAnswered, actions } = props;
  const strings = quizStrings[locale];
  const baseId = useId();
  const { response, change: setResponse, restart, presentation, settled } = usePresentedResponse(question);
  const [phase, setPhase] = useState<Phase>({ kind: 'answering' });
  const recorder = useAnswerRecorder(question.id, save);
  const labelRef = useRef<HTMLParagraphElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const revealRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusOnMount) labelRef.current?.focus();
  }, [focusOnMount]);
  useEffect(() => {
    if (phase.kind === 'answered') feedbackRef.current?.focus();
    if (phase.kind === 'revealed') revealRef.current?.focus();
  }, [phase.kind]);

  const finish = (correct: boolean, rating: ReviewRating, answer: QuizResponse, blanksCorrect?: boolean[]) => {
    setPhase({ kind: 'answered', correct, rating, blanksCorrect });
    void recorder.record(rating, correct, answer);
    onAnswered?.(correct);
  };

  const submit = () => {
    if (phase.kind !== 'answering') return;
    if (question.type === 'recall') {
      setPhase({ kind: 'revealed' });
      return;
    }
    const result = grade(question, response);
    if (result.status === 'invalid') setPhase({ kind: 'answering', problem: result.problem });
    else finish(result.correct, ratingFor(result.correct), response, result.blanksCorrect);
  };

  const rateRecall = (rating: ReviewRating) => {
    const answer: QuizResponse = { type: 'recall', rating };
    const result = grade(question, answer);
    finish(result.status === 'graded' && result.correct, rating, answer);
  };

  const retry = () => {
    restart();
    setPhase({ kind: 'answering' });
    recorder.reset();
    labelRef.current?.focus();
  };

  // Enter in a field, radio button or checkbox checks the answer (browsers differ on radios and checkboxes).
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || target.tagName !== 'INPUT') return;
    event.preventDefault();
    submit();
  };

  const problemId = phase.kind === 'answering' && phase.problem ? `${baseId}-problem` : undefined;
  return (
    <article className="quiz-card" aria-labelledby={`${baseId}-label`} data-presentation={settled ? presentation : undefined}>
      <div className="quiz-card__meta">
        <p className="quiz-card__label" id={`${baseId}-label`} ref={labelRef} tabIndex={-1}>
          {label}
        </p>
        {status}
      </div>
      {/* A form is where Enter means "submit": listening for it here covers every control inside. */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <form
        className="quiz-card__form"
        noValidate
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <AnswerControl
          question={question}
          response={response}
          onChange={(next) => {
            setResponse(next);
            if (phase.kind === 'answering' && phase.problem) setPhase({ kind: 'answering' });
          }}
          answered={phase.kind !== 'answering'}
          blanksCorrect={phase.kind === 'answered' ? phase.blanksCorrect : undefined}
          promptId={`${baseId}-prompt`}
          problemId={problemId}
          locale={locale}
        />
        <p className="quiz-card__problem" id={`${baseId}-problem`} aria-live="polite">
          {phase.kind === 'answering' && phase.problem ? strings.problem[phase.problem] : ''}
        </p>
        {phase.kind === 'answering' ? (
          <button type="submit" className="quiz-button quiz-button--primary">
            {question.type === 'recall' ? strings.showAnswer : strings.check}
          </button>
        ) : null}
      </form>
      {question.type === 'recall' && phase.kind !== 'answering' ? (
        <div className="quiz-recall" ref={revealRef} tabIndex={-1}>
          <p className="quiz-feedback__label">{strings.correctAnswer}</p>
          <Html block className="quiz-recall__answer" html={question.answerHtml} />
          {phase.kind === 'revealed' ? (
            <RatingButtons locale={locale} label={strings.recallRate} ratings={RECALL_RATINGS} chosen={undefined} onChoose={rateRecall} />
          ) : null}
        </div>
      ) : null}
      {phase.kind === 'answered' ? (
        <Feedback
          ref={feedbackRef}
          question={question}
          locale={locale}
          correct={phase.correct}
          rating={phase.rating}
          shown={'shown' in response ? response.shown : undefined}
          save={recorder.state}
          onRatingChange={(rating) => {
            if (rating === phase.rating) return;
            setPhase({ ...phase, rating });
            void recorder.changeRating(rating);
          }}
        >
          {allowRetry ? (
            <button type="button" className="quiz-button" onClick={retry}>
              {strings.answerAgain}
            </button>
          ) : null}
          {actions}
        </Feedback>
      ) : null}
    </article>
  );
}

import { useState } from 'react';
import type { Locale } from '../../content/locale.ts';
import type { QuizBankEntry } from '../engine/index.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { QuestionStatus } from './QuestionStatus.tsx';
import { quizStrings, reviewStrings } from './strings.ts';

/** Props of a review session: a fixed list of questions asked one after the other. */
export interface ReviewSessionProps {
  locale: Locale;
  queue: readonly QuizBankEntry[];
  /** False in a preview: answers are graded but not saved. */
  save: boolean;
  /** Shown when the round is over (summary actions). */
  onRestart: () => void;
}

/**
 * Asks the queue's questions one at a time, each with a link to the section it comes from; "Next question" moves on
 * and focuses the next card. Ends with how many were right.
 */
export function ReviewSession({ locale, queue, save, onRestart }: ReviewSessionProps) {
  const strings = reviewStrings[locale];
  const [position, setPosition] = useState(0);
  const [results, setResults] = useState<boolean[]>([]);
  const entry = queue[position];

  if (entry === undefined) {
    const right = results.filter(Boolean).length;
    return (
      <div className="review-page__summary">
        <p>{strings.summary(right, queue.length)}</p>
        <button type="button" className="quiz-button" onClick={onRestart}>
          {strings.again}
        </button>
      </div>
    );
  }
  const sectionLink = `/${locale}/${entry.chapter}/${entry.section ? `#${entry.section}` : ''}`;
  const last = position === queue.length - 1;
  return (
    <div className="review-page__session">
      <p className="review-page__progress">{strings.progress(position, queue.length)}</p>
      <p className="review-page__from">
        {strings.fromSection}{' '}
        <a href={sectionLink}>
          {entry.chapterTitle}
          {entry.sectionTitle ? ` › ${entry.sectionTitle}` : ''}
        </a>
      </p>
      <QuestionCard
        key={`${position}:${entry.question.id}`}
        question={entry.question}
        locale={locale}
        label={quizStrings[locale].questionOf(position + 1, queue.length)}
        status={<QuestionStatus questionId={entry.question.id} locale={locale} />}
        save={save}
        focusOnMount={position > 0}
        onAnswered={(correct) => setResults((previous) => [...previous.slice(0, position), correct])}
        actions={
          <button type="button" className="quiz-button quiz-button--primary" onClick={() => setPosition(position + 1)}>
            {last ? quizStrings[locale].finish : quizStrings[locale].next}
          </button>
        }
      />
    </div>
  );
}

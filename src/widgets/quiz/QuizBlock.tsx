import { useRef, useState } from 'react';
import { isDue } from '../../quiz/engine/index.ts';
import { QuestionCard } from '../../quiz/ui/QuestionCard.tsx';
import { QuestionStatus } from '../../quiz/ui/QuestionStatus.tsx';
import { useNow, useReviewSnapshot } from '../../quiz/ui/reviewStoreContext.ts';
import { reviewPath } from '../../quiz/ui/reviewUrl.ts';
import { quizStrings } from '../../quiz/ui/strings.ts';
import type { WidgetProps } from '../types.ts';
import { QUIZ_RESERVE, type QuizBlockProps } from './props.ts';
import { STRINGS } from './strings.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is loaded with the component
import './quiz-block.css';

/**
 * The `:::quiz` widget: the section's questions one at a time, with a numbered list to move between them (each
 * marked with its last result), and links to quiz oneself on the section or the chapter on the review page.
 * Every card stays mounted (hidden when not shown), so going back to a question keeps its feedback.
 */
export default function QuizBlock({ questions, context }: WidgetProps<QuizBlockProps>) {
  const { locale, chapter, section } = context;
  const strings = STRINGS[locale];
  const [current, setCurrent] = useState(0);
  const snapshot = useReviewSnapshot();
  const now = useNow();
  const cardsRef = useRef<HTMLDivElement>(null);

  const go = (position: number) => {
    setCurrent(position);
    // Focus the card's label after it is shown, so keyboard and screen-reader users land on the new question.
    queueMicrotask(() =>
      cardsRef.current?.querySelector<HTMLElement>(`[data-position="${position}"] .quiz-card__label`)?.focus(),
    );
  };
  const dueHere = questions.filter((question) => {
    const state = snapshot.cards.get(question.id);
    return state !== undefined && isDue(state, now);
  }).length;

  return (
    <section className="quiz-block" style={{ minHeight: QUIZ_RESERVE }} aria-label={blockLabel(strings.title, context.section)}>
      <div className="quiz-block__header">
        <p className="quiz-block__title">{strings.title}</p>
        {questions.length > 1 ? (
          <nav aria-label={blockLabel(strings.questions, context.section)}>
            <ol className="quiz-block__list">
              {questions.map((question, position) => {
                const state = snapshot.cards.get(question.id);
                const mark = state === undefined ? undefined : state.lastCorrect ? 'right' : 'wrong';
                return (
                  <li key={question.id}>
                    <button
                      type="button"
                      className={`quiz-block__jump${mark ? ` quiz-block__jump--${mark}` : ''}`}
                      aria-current={position === current ? 'step' : undefined}
                      aria-label={strings.question(position + 1, mark)}
                      onClick={() => go(position)}
                    >
                      {position + 1}
                      {mark ? <span aria-hidden="true">{mark === 'right' ? '✓' : '✗'}</span> : null}
                    </button>
                  </li>
                );
              })}
            </ol>
          </nav>
        ) : null}
      </div>
      <div ref={cardsRef}>
        {questions.map((question, position) => (
          <div key={question.id} data-position={position} hidden={position !== current}>
            <QuestionCard
              question={question}
              locale={locale}
              label={quizStrings[locale].questionOf(position + 1, questions.length)}
              status={<QuestionStatus questionId={question.id} locale={locale} />}
              allowRetry
              actions={
                position < questions.length - 1 ? (
                  <button type="button" className="quiz-button" onClick={() => go(position + 1)}>
                    {strings.next}
                  </button>
                ) : null
              }
            />
          </div>
        ))}
      </div>
      <p className="quiz-block__links">
        {section ? <a href={reviewPath(locale, { kind: 'section', chapter, section })}>{strings.quizSection}</a> : null}
        <a href={reviewPath(locale, { kind: 'chapter', chapter })}>{strings.quizChapter}</a>
        {dueHere > 0 ? <span className="quiz-block__due">{strings.due(dueHere)}</span> : null}
      </p>
    </section>
  );
}

/**
 * The block's accessible name: "Quiz" plus the title of the section it tests, so that the several quiz regions of a
 * chapter are told apart (axe: landmark-unique). The heading's text is read without its "#" anchor link.
 */
function blockLabel(title: string, section: string | undefined): string {
  const heading = section ? document.getElementById(section) : null;
  const text = heading?.firstChild?.textContent?.trim();
  return text ? `${title}: ${text}` : title;
}

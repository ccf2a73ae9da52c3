import type { Locale } from '../../content/locale.ts';
import { dueCards } from '../engine/index.ts';
import { useNow, useReviewSnapshot } from './reviewStoreContext.ts';
import { reviewStrings } from './strings.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheets are loaded with the component
import './controls.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is loaded with the component
import './progress.css';

/**
 * The number of questions due for review, for the navigation ("Review 3"). Live: it changes when the reader answers
 * here or in another tab, and as time makes cards fall due. Renders nothing while unknown or when nothing is due.
 * Counts every due card in the log: a retired question's history counts for its replacement, or, retired without one,
 * is never due (src/quiz/engine/retired.ts). A question removed without an entry in retiredQuestions.ts still counts.
 */
export function DueCount({ locale }: { locale: Locale }) {
  const snapshot = useReviewSnapshot();
  const now = useNow();
  if (!snapshot.ready) return null;
  const count = dueCards(snapshot.cards, now).length;
  if (count === 0) return null;
  return (
    <span className="due-count" data-due-count={count}>
      <span aria-hidden="true">{count}</span>
      <span className="quiz-visually-hidden">{reviewStrings[locale].dueBadge(count)}</span>
    </span>
  );
}

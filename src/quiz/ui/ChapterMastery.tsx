import { useMemo } from 'react';
import type { Locale } from '../../content/locale.ts';
import { masteryOf, type Mastery } from '../engine/index.ts';
import { useReviewSnapshot } from './reviewStoreContext.ts';
import { reviewStrings } from './strings.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheets are loaded with the component
import './controls.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is loaded with the component
import './progress.css';

/**
 * Mastery of a chapter: the share of its questions whose latest review was right (see masteryOf for why this measure
 * rather than FSRS stability). Undefined until the saved progress has been read.
 */
export function useChapterMastery(questionIds: readonly string[]): Mastery | undefined {
  const snapshot = useReviewSnapshot();
  return useMemo(
    () => (snapshot.ready ? masteryOf(questionIds, snapshot.cards) : undefined),
    [questionIds, snapshot],
  );
}

/** A small bar with "7/10 mastered" for the chapter list. Renders nothing for a chapter without questions. */
export function ChapterMastery({ locale, questionIds }: { locale: Locale; questionIds: readonly string[] }) {
  const mastery = useChapterMastery(questionIds);
  if (!mastery || mastery.total === 0) return null;
  const strings = reviewStrings[locale];
  return (
    <span className="chapter-mastery" title={strings.masteryLabel(mastery.rightAtLastReview, mastery.total)}>
      <span className="chapter-mastery__bar" aria-hidden="true">
        <span className="chapter-mastery__fill" style={{ width: `${Math.round(mastery.share * 100)}%` }} />
      </span>
      <span aria-hidden="true">{strings.mastery(mastery.rightAtLastReview, mastery.total)}</span>
      <span className="quiz-visually-hidden">{strings.masteryLabel(mastery.rightAtLastReview, mastery.total)}</span>
    </span>
  );
}

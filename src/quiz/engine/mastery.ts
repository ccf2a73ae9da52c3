/**
 * How well the reader knows a chapter. Measure: the share of the chapter's questions whose most recent review was
 * right. Chosen over FSRS stability because a reader can check it ("I got 7 of 10 right last time"); a question never
 * answered counts as not mastered.
 */
import type { CardState } from './schedule.ts';

/** Mastery of a set of questions. `share` is rightAtLastReview / total, in [0, 1] (0 when there are no questions). */
export interface Mastery {
  total: number;
  answered: number;
  rightAtLastReview: number;
  share: number;
}

/** Computes mastery of `questionIds` from the reader's cards. Duplicate ids count once. */
export function masteryOf(questionIds: Iterable<string>, cards: ReadonlyMap<string, CardState>): Mastery {
  const unique = new Set(questionIds);
  let answered = 0;
  let rightAtLastReview = 0;
  for (const id of unique) {
    const state = cards.get(id);
    if (state === undefined) continue;
    answered += 1;
    if (state.lastCorrect) rightAtLastReview += 1;
  }
  const total = unique.size;
  return { total, answered, rightAtLastReview, share: total === 0 ? 0 : rightAtLastReview / total };
}

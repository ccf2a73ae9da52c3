/**
 * Spaced repetition with FSRS (ts-fsrs). Cards are never stored as the truth: they are a fold of the review log, so
 * two logs with the same records (in any order) give the same cards. Time is always passed in, never read here.
 */
import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import { currentQuestion, type RetiredTable } from './retired.ts';
import { RETIRED_QUESTIONS } from './retiredQuestions.ts';
import type { ReviewRecord } from './reviewRecord.ts';
import { RATING, type ReviewRating } from './types.ts';

/**
 * The scheduler. Fuzz is off so that the fold is deterministic. One 10-minute (re)learning step: a wrong answer comes
 * back within minutes, while a right answer on a new card (Good) graduates at once and comes back after days.
 */
export const scheduler = fsrs({ enable_fuzz: false, learning_steps: ['10m'], relearning_steps: ['10m'] });

/** What the reader's log says about one question. */
export interface CardState {
  /** The question's id today: reviews of a retired question that was replaced count for its replacement. */
  questionId: string;
  /** True for a question retired without a replacement: its history is kept and shown, but it is never due. */
  retired: boolean;
  /** The FSRS card: `due`, `stability` (days), `state`, `reps`, `lapses`… */
  card: Card;
  /** Whether the most recent review was right. */
  lastCorrect: boolean;
  lastAnsweredAt: Date;
  /** Reviews that count (amended ones excluded). */
  reviewCount: number;
}

/** The rating a review gets: Again when wrong; otherwise the reader's pick among Hard, Good and Easy (Good by default). */
export function ratingFor(correct: boolean, picked: ReviewRating = RATING.good): ReviewRating {
  if (!correct) return RATING.again;
  return picked === RATING.again ? RATING.good : picked;
}

/** Orders records by answer time, then id: the one order every tab agrees on. */
function compareRecords(left: ReviewRecord, right: ReviewRecord): number {
  const byTime = Date.parse(left.answeredAt) - Date.parse(right.answeredAt);
  if (byTime !== 0) return byTime;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

/**
 * Rebuilds every card from the review log: amended records are skipped, the rest are replayed through FSRS in time
 * order, each under the id its question has today (`retired`, default RETIRED_QUESTIONS: see retired.ts), so the
 * history of a retired question that was replaced continues in its replacement's card.
 */
export function buildCards(reviews: readonly ReviewRecord[], retired: RetiredTable = RETIRED_QUESTIONS): Map<string, CardState> {
  const amended = new Set(reviews.flatMap((review) => (review.amends ? [review.amends] : [])));
  const cards = new Map<string, CardState>();
  for (const review of reviews.filter((record) => !amended.has(record.id)).sort(compareRecords)) {
    const answeredAt = new Date(review.answeredAt);
    const current = currentQuestion(review.questionId, retired);
    const previous = cards.get(current.id);
    const card = scheduler.next(previous?.card ?? createEmptyCard(answeredAt), answeredAt, review.rating as Grade).card;
    cards.set(current.id, {
      questionId: current.id,
      retired: current.retired,
      card,
      lastCorrect: review.correct,
      lastAnsweredAt: answeredAt,
      reviewCount: (previous?.reviewCount ?? 0) + 1,
    });
  }
  return cards;
}

/** True when the card is due at `now`. A retired question is never due. */
export function isDue(state: CardState, now: Date): boolean {
  return !state.retired && state.card.due.getTime() <= now.getTime();
}

/** The due cards at `now`, most overdue first. Restrict to `questionIds` when given (e.g. the questions that still exist). */
export function dueCards(cards: ReadonlyMap<string, CardState>, now: Date, questionIds?: ReadonlySet<string>): CardState[] {
  return [...cards.values()]
    .filter((state) => isDue(state, now) && (questionIds === undefined || questionIds.has(state.questionId)))
    .sort((left, right) => left.card.due.getTime() - right.card.due.getTime());
}

/** The earliest due date after `now`, if any card is scheduled later. */
export function nextDueAfter(cards: ReadonlyMap<string, CardState>, now: Date, questionIds?: ReadonlySet<string>): Date | undefined {
  let next: Date | undefined;
  for (const state of cards.values()) {
    if (questionIds !== undefined && !questionIds.has(state.questionId)) continue;
    if (!state.retired && !isDue(state, now) && (next === undefined || state.card.due < next)) next = state.card.due;
  }
  return next;
}

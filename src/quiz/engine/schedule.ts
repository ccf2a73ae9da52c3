/**
 * Spaced repetition with FSRS (ts-fsrs). Cards are never stored as the truth: they are a fold of the review log, so
 * two logs with the same records (in any order) give the same cards. Time is always passed in, never read here.
 */
import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { ReviewRecord } from './reviewRecord.ts';
import { RATING, type ReviewRating } from './types.ts';

/**
 * The scheduler. Fuzz is off so that the fold is deterministic. One 10-minute (re)learning step: a wrong answer comes
 * back within minutes, while a right answer on a new card (Good) graduates at once and comes back after days.
 */
export const scheduler = fsrs({ enable_fuzz: false, learning_steps: ['10m'], relearning_steps: ['10m'] });

/** What the reader's log says about one question. */
export interface CardState {
  questionId: string;
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

/** Rebuilds every card from the review log: amended records are skipped, the rest are replayed through FSRS in time order. */
export function buildCards(reviews: readonly ReviewRecord[]): Map<string, CardState> {
  const amended = new Set(reviews.flatMap((review) => (review.amends ? [review.amends] : [])));
  const cards = new Map<string, CardState>();
  for (const review of reviews.filter((record) => !amended.has(record.id)).sort(compareRecords)) {
    const answeredAt = new Date(review.answeredAt);
    const previous = cards.get(review.questionId);
    const card = scheduler.next(previous?.card ?? createEmptyCard(answeredAt), answeredAt, review.rating as Grade).card;
    cards.set(review.questionId, {
      questionId: review.questionId,
      card,
      lastCorrect: review.correct,
      lastAnsweredAt: answeredAt,
      reviewCount: (previous?.reviewCount ?? 0) + 1,
    });
  }
  return cards;
}

/** True when the card is due at `now`. */
export function isDue(state: CardState, now: Date): boolean {
  return state.card.due.getTime() <= now.getTime();
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
    if (!isDue(state, now) && (next === undefined || state.card.due < next)) next = state.card.due;
  }
  return next;
}

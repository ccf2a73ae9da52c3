/**
 * One entry of the reader's review log: the log is append-only and is the truth from which every card is rebuilt.
 * Records are locale-independent (question ids are shared by zh and en), so a review in one language counts in both.
 * Written with zod/mini: this schema runs in every reader's browser, where full zod would cost about 18 KB gzip more.
 */
import * as z from 'zod/mini';
import { RATINGS } from './types.ts';

const reviewId = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(100, 'is too long'));

/** The schema of a review record, as stored and as exported. */
export const reviewRecordSchema = z.strictObject({
  /** Unique per review (a random id made when answering): appends and imports are keyed by it. */
  id: reviewId,
  questionId: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200, 'is too long')),
  /** FSRS rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: z.literal(RATINGS, { error: 'must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)' }),
  /** Whether the answer was right (for recall: the reader's own verdict). */
  correct: z.boolean({ error: 'must be true or false' }),
  /** When the question was answered, ISO 8601 (UTC). */
  answeredAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }),
  /** The reader's response, kept for their own reference; never needed for scheduling. */
  response: z.optional(z.json()),
  /**
   * Set when this record changes the rating of an earlier review of the same question (the reader picked Hard or Easy
   * after a right answer was saved as Good). The earlier record is then skipped when cards are rebuilt; the log itself
   * is never rewritten.
   */
  amends: z.optional(reviewId),
});

/** A validated review record. */
export type ReviewRecord = z.output<typeof reviewRecordSchema>;

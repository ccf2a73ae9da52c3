/**
 * One entry of the reader's review log: the log is append-only and is the truth from which every card is rebuilt.
 * Records are locale-independent (question ids are shared by zh and en), so a review in one language counts in both.
 */
import { z } from 'zod';
import { RATINGS } from './types.ts';

/** An ISO 8601 date-time string that parses to a valid date. */
const isoDate = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' });

/** The schema of a review record, as stored and as exported. */
export const reviewRecordSchema = z.strictObject({
  /** Unique per review (a random id made when answering): appends and imports are keyed by it. */
  id: z.string().min(1).max(100),
  questionId: z.string().min(1).max(200),
  /** FSRS rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: z.literal(RATINGS, { error: 'must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)' }),
  /** Whether the answer was right (for recall: the reader's own verdict). */
  correct: z.boolean(),
  /** When the question was answered, ISO 8601 (UTC). */
  answeredAt: isoDate,
  /** The reader's response, kept for their own reference; never needed for scheduling. */
  response: z.json().optional(),
  /**
   * Set when this record changes the rating of an earlier review of the same question (the reader picked Hard or Easy
   * after a right answer was saved as Good). The earlier record is then skipped when cards are rebuilt; the log itself
   * is never rewritten.
   */
  amends: z.string().min(1).max(100).optional(),
});

/** A validated review record. */
export type ReviewRecord = z.output<typeof reviewRecordSchema>;

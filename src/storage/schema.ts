/**
 * What the database holds, per schema version, and how a record moves from one version to the next. Values read
 * from the database are `unknown` until a schema has parsed them.
 */
import type { DBSchema } from 'idb';
import { z } from 'zod';
import { RATING, reviewRecordSchema, type ReviewRecord } from '../quiz/engine/index.ts';

/** A review as version 1 stored it: a named grade and an epoch-millisecond time. */
export const reviewRecordV1Schema = z.strictObject({
  id: z.string().min(1).max(100),
  questionId: z.string().min(1).max(200),
  grade: z.enum(['again', 'hard', 'good', 'easy']),
  correct: z.boolean(),
  time: z.number().int().nonnegative().max(8.64e15),
});

/** Converts a version 1 review to the current form. Throws a ZodError when `value` is not a valid version 1 review. */
export function migrateReviewV1(value: unknown): ReviewRecord {
  const old = reviewRecordV1Schema.parse(value);
  return reviewRecordSchema.parse({
    id: old.id,
    questionId: old.questionId,
    rating: RATING[old.grade],
    correct: old.correct,
    answeredAt: new Date(old.time).toISOString(),
  });
}

/** A record kept aside because it could not be read or failed validation; never deleted by the notebook. */
export interface QuarantineEntry {
  /** `${store}:${key}` of the original record, so that quarantining the same record twice keeps one copy. */
  id: string;
  /** The store the record came from, and the schema version it was read as. */
  source: string;
  /** The record exactly as it was found. */
  value: unknown;
  /** Why it was set aside, in words (the first validation issues). */
  reason: string;
  /** ISO 8601. */
  quarantinedAt: string;
}

/** The current database layout, for idb's typed API. */
export interface NotebookDatabase extends DBSchema {
  reviews: { key: string; value: unknown };
  quarantine: { key: string; value: QuarantineEntry };
}

/** A short, readable reason from a validation error. */
export function describeInvalid(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`)
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

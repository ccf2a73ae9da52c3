/**
 * What the database holds, per schema version, and how a record moves from one version to the next. Values read
 * from the database are `unknown` until a schema has parsed them.
 */
import type { DBSchema } from 'idb';
import * as z from 'zod/mini';
import { RATING, reviewRecordSchema, type ReviewRecord } from '../quiz/engine/index.ts';

/** A review as version 1 stored it: a named grade and an epoch-millisecond time. */
export const reviewRecordV1Schema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  questionId: z.string().check(z.minLength(1), z.maxLength(200)),
  grade: z.enum(['again', 'hard', 'good', 'easy'], { error: 'must be again, hard, good or easy' }),
  correct: z.boolean({ error: 'must be true or false' }),
  time: z.int({ error: 'must be a whole number of milliseconds' }).check(z.minimum(0), z.maximum(8.64e15)),
});

/** Converts a version 1 review to the current form. Throws a ZodError when `value` is not a valid version 1 review. */
export function migrateReviewV1(value: unknown): ReviewRecord {
  const old = reviewRecordV1Schema.parse(value, { reportInput: true });
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

/** A short, readable reason from a validation error: the first three issues, each with its path. */
export function describeInvalid(error: unknown): string {
  if (error instanceof z.core.$ZodError) {
    return error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || 'record'}: ${describeIssue(issue)}`)
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** zod/mini ships no message texts (they would cost bytes in every reader's bundle): say the common ones here. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message !== 'Invalid input') return issue.message;
  // The schemas are run with reportInput, so a missing field is told apart from a wrong one.
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'is missing' : `must be a ${issue.expected}`;
  if (issue.code === 'unrecognized_keys') return `has unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  if (issue.code === 'invalid_value') return `must be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
  return issue.message;
}

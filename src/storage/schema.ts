/**
 * What the database holds, per schema version, and how a record moves from one version to the next. Values read
 * from the database are `unknown` until a schema has parsed them.
 */
import type { DBSchema } from 'idb';
import * as z from 'zod/mini';
import { QUESTION_REVISIONS, RATING, reviewRecordSchema, reviseResponse, type ReviewRecord } from '../quiz/engine/index.ts';

/** A review as version 1 stored it: a named grade and an epoch-millisecond time. */
export const reviewRecordV1Schema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  questionId: z.string().check(z.minLength(1), z.maxLength(200)),
  grade: z.enum(['again', 'hard', 'good', 'easy'], { error: 'must be again, hard, good or easy' }),
  correct: z.boolean({ error: 'must be true or false' }),
  time: z.int({ error: 'must be a whole number of milliseconds' }).check(z.minimum(0), z.maximum(8.64e15)),
});

/**
 * Converts a version 1 review to the current form. Throws a ZodError when `value` is not a valid version 1 review.
 * Version 1 kept no response, so nothing needs the version 2 → 3 step.
 */
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

/**
 * Converts a version 2 review to the current form. Throws a ZodError when `value` is not a valid version 2 review.
 *
 * Version 3 shows options shuffled, so a response must say which option was chosen, not where it stood: it names
 * options by authored index in `option` (single) and `options` (multiple). Version 2 saved `choice` and `choices`,
 * positions in the list as shown; version 2 showed every list in the authored order, so those positions are the
 * authored indices and carry over unchanged. Version 2 saved no `shown` arrangement, and none is invented: a response
 * without one was shown in the authored order. Everything else in the record is the same in both versions.
 *
 * Version 2 answered the questions as they were before the quiz rewrite that came with version 3: where that rewrite
 * reordered or replaced a question's options, or negated a true/false statement, the response is read through
 * QUESTION_REVISIONS so that it still names what the reader chose.
 */
export function migrateReviewV2(value: unknown): ReviewRecord {
  const record = reviewRecordSchema.parse(value, { reportInput: true });
  const response = record.response;
  if (typeof response !== 'object' || response === null || Array.isArray(response)) return record;
  const { choice, choices, ...rest } = response;
  let renamed: Record<string, unknown> = response;
  if (response.type === 'single' && choice !== undefined) renamed = { ...rest, option: choice };
  else if (response.type === 'multiple' && choices !== undefined) renamed = { ...rest, options: choices };
  const revised = reviseResponse(renamed, QUESTION_REVISIONS[record.questionId]);
  return revised === response ? record : reviewRecordSchema.parse({ ...record, response: revised });
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

export { describeInvalid } from './describeInvalid.ts';

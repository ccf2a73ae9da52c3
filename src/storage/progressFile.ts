/**
 * The exported progress file: a JSON document with a format name and a version, holding the review log (and, for the
 * reader's own rescue, whatever was quarantined). Reading one never touches the database: it either yields valid
 * reviews or says what is wrong with the file.
 */
import * as z from 'zod/mini';
import { reviewRecordSchema, type ReviewRecord } from '../quiz/engine/index.ts';
import { describeInvalid, migrateReviewV1, reviewRecordV1Schema, type QuarantineEntry } from './schema.ts';
import { DATABASE_VERSION, PROGRESS_FILE_FORMAT } from './storageKeys.ts';

/** The progress file version written today: the same number as the database schema whose records it holds. */
export const PROGRESS_FILE_VERSION = DATABASE_VERSION;

const quarantinedSchema = z.object({
  id: z.string(),
  source: z.string(),
  reason: z.string(),
  quarantinedAt: z.string(),
  value: z.json(),
});

const header = {
  format: z.literal(PROGRESS_FILE_FORMAT),
  exportedAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }),
};
const list = { error: 'must be a list' };

/** Files per version: version 1 files hold version 1 reviews, which are migrated when read. */
const fileSchemas = {
  1: z.object({ ...header, version: z.literal(1), reviews: z.array(reviewRecordV1Schema, list) }),
  2: z.object({
    ...header,
    version: z.literal(2),
    reviews: z.array(reviewRecordSchema, list),
    quarantined: z.optional(z.array(quarantinedSchema, list)),
  }),
} as const;

/** A progress file as this version writes it. */
export type ProgressFile = z.output<(typeof fileSchemas)[2]>;

/** Why a file was refused. `detail` is technical (English) and shown under the localised message. */
export interface ProgressFileProblem {
  code: 'not-json' | 'not-progress-file' | 'unsupported-version' | 'bad-shape';
  detail: string;
}

/** Builds the file for the given reviews and quarantined entries. Quarantined values are made JSON-safe. */
export function buildProgressFile(
  reviews: readonly ReviewRecord[],
  quarantined: readonly QuarantineEntry[],
  now: Date,
): ProgressFile {
  return {
    format: PROGRESS_FILE_FORMAT,
    version: PROGRESS_FILE_VERSION,
    exportedAt: now.toISOString(),
    reviews: [...reviews],
    ...(quarantined.length > 0
      ? { quarantined: quarantined.map((entry) => ({ ...entry, value: toJsonSafe(entry.value) })) }
      : {}),
  };
}

/** Reads a progress file's text: the reviews it holds (migrated to the current form), or the problem with it. */
export function readProgressFile(
  text: string,
): { ok: true; reviews: ReviewRecord[] } | { ok: false; problem: ProgressFileProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PROGRESS_FILE_FORMAT) {
    return { ok: false, problem: { code: 'not-progress-file', detail: `"format" is not "${PROGRESS_FILE_FORMAT}"` } };
  }
  const version: unknown = (data as { version?: unknown }).version;
  if (version !== 1 && version !== 2) {
    return {
      ok: false,
      problem: {
        code: 'unsupported-version',
        detail: `version ${JSON.stringify(version)}; this notebook reads versions 1 to ${PROGRESS_FILE_VERSION}`,
      },
    };
  }
  const parsed = fileSchemas[version].safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, problem: { code: 'bad-shape', detail: describeInvalid(parsed.error) } };
  const reviews = parsed.data.version === 1 ? parsed.data.reviews.map(migrateReviewV1) : parsed.data.reviews;
  const ids = new Set<string>();
  for (const review of reviews) {
    if (ids.has(review.id)) return { ok: false, problem: { code: 'bad-shape', detail: `review id ${review.id} appears twice` } };
    ids.add(review.id);
  }
  return { ok: true, reviews };
}

/** A JSON-safe copy of any stored value: what JSON cannot hold (bigint, cycles, functions) becomes text. */
function toJsonSafe(value: unknown): z.core.util.JSONType {
  try {
    const text = JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner));
    return text === undefined ? null : (JSON.parse(text) as z.core.util.JSONType);
  } catch {
    return String(value);
  }
}

/**
 * The exported progress file: a JSON document with a format name and a version, holding the review log (and, for the
 * reader's own rescue, whatever was quarantined). Reading one never touches the database: it yields the valid reviews,
 * or says what is wrong with the file and how many of its entries are usable.
 */
import * as z from 'zod/mini';
import { reviewRecordSchema, type ReviewRecord } from '../quiz/engine/index.ts';
import { describeInvalid, migrateReviewV1, migrateReviewV2, type QuarantineEntry } from './schema.ts';
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

/**
 * The file around its entries. The entries are checked one by one afterwards (`readEntry`): one schema over a list of
 * 60,000 damaged entries made zod gather every issue into one call's arguments, which overflowed the stack, and the
 * reader was told that saving had failed.
 */
const envelopeSchema = z.object({
  format: z.literal(PROGRESS_FILE_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  exportedAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }),
  reviews: z.array(z.unknown(), { error: 'must be a list' }),
  quarantined: z.optional(z.array(z.unknown(), { error: 'must be a list' })),
});

/** A progress file as this version writes it. */
export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT;
  version: typeof PROGRESS_FILE_VERSION;
  exportedAt: string;
  reviews: ReviewRecord[];
  quarantined?: z.output<typeof quarantinedSchema>[];
}

/** Why a file was refused. `detail` is technical (English) and shown under the localised message. */
export interface ProgressFileProblem {
  code: 'not-json' | 'not-progress-file' | 'unsupported-version' | 'bad-shape';
  detail: string;
  /** For a file whose entries are partly damaged: how many review entries it holds and how many of them are usable. */
  entries?: { total: number; usable: number };
}

/** What reading a file gives: its reviews, or the problem and the reviews that could still be used (maybe none). */
export type ProgressFileReading =
  | { ok: true; reviews: ReviewRecord[] }
  | { ok: false; problem: ProgressFileProblem; usable: ReviewRecord[] };

/** Issues named per damaged entry, and damaged entries described, in a problem's detail: enough to see what is wrong. */
const DETAIL_ISSUES = 3;
const DETAIL_ENTRIES = 1;

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

/**
 * Reads a progress file's text: the reviews it holds, migrated to the current form (files of versions 1 to 3 are
 * read), or the problem with it. A file with damaged entries is refused as a whole, with the count of usable entries
 * and those entries, so that the reader can choose to import them (never done without asking).
 */
export function readProgressFile(text: string): ProgressFileReading {
  const refuse = (problem: ProgressFileProblem): ProgressFileReading => ({ ok: false, problem, usable: [] });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse({ code: 'not-json', detail: error instanceof Error ? error.message : String(error) });
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PROGRESS_FILE_FORMAT) {
    return refuse({ code: 'not-progress-file', detail: `"format" is not "${PROGRESS_FILE_FORMAT}"` });
  }
  const version: unknown = (data as { version?: unknown }).version;
  if (version !== 1 && version !== 2 && version !== 3) {
    const detail = `version ${JSON.stringify(version)}; this notebook reads versions 1 to ${PROGRESS_FILE_VERSION}`;
    return refuse({ code: 'unsupported-version', detail });
  }
  const envelope = envelopeSchema.safeParse(data, { reportInput: true });
  if (!envelope.success) return refuse({ code: 'bad-shape', detail: describeInvalid(envelope.error) });

  const usable: ReviewRecord[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  envelope.data.reviews.forEach((entry, index) => {
    const read = readEntry(entry, version);
    let problem: string;
    if (!read.success) problem = describeInvalid(read.error, `reviews.${index}`, DETAIL_ISSUES);
    else if (ids.has(read.data.id)) problem = `reviews.${index}: review id ${read.data.id} appears twice`;
    else {
      ids.add(read.data.id);
      usable.push(read.data);
      return;
    }
    if (problems.length < DETAIL_ENTRIES) problems.push(problem);
  });
  const total = envelope.data.reviews.length;
  if (usable.length === total) return { ok: true, reviews: usable };
  const damaged = total - usable.length;
  const detail = `${damaged} of ${total} entries cannot be used: ${problems.join('; ')}${damaged > problems.length ? '; …' : ''}`;
  return { ok: false, problem: { code: 'bad-shape', detail, entries: { total, usable: usable.length } }, usable };
}

/** One review entry of a file of `version`, in the current form. */
function readEntry(entry: unknown, version: 1 | 2 | 3): { success: true; data: ReviewRecord } | { success: false; error: unknown } {
  if (version === 3) return reviewRecordSchema.safeParse(entry, { reportInput: true });
  try {
    return { success: true, data: version === 1 ? migrateReviewV1(entry) : migrateReviewV2(entry) };
  } catch (error) {
    return { success: false, error };
  }
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

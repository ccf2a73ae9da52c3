// Validation with zod/mini. Pages load this module after their first render (see ContinueReading and
// trackReading), so zod's code is never on a reader's critical path.
import * as z from 'zod/mini';
import { isLocale, type Locale } from '../content/locale.ts';

import { readRawReadingProgress } from './readingStore.ts';
import { READING_SET_ASIDE_STORAGE_KEY, READING_STORAGE_KEY } from './storageKeys.ts';

const progressSchema = z.object({
  version: z.literal(1),
  /** The last place read: chapter and section, per language. */
  last: z.optional(
    z.object({
      locale: z.string().check(z.refine(isLocale)),
      slug: z.string(),
      section: z.optional(z.string()),
      at: z.number(),
    }),
  ),
  /** Furthest share (0–1) of each chapter scrolled through, keyed by slug (shared by both languages). */
  read: z.record(z.string(), z.number().check(z.minimum(0), z.maximum(1))),
});

/** What is remembered about the reader's reading. */
export type ReadingProgress = z.infer<typeof progressSchema>;

const EMPTY: ReadingProgress = { version: 1, read: {} };

/** The stored progress. */
export function loadReadingProgress(): ReadingProgress {
  return parseReadingProgress(readRawReadingProgress());
}

/**
 * Parses stored progress. Invalid data is not thrown away: it is copied aside (READING_SET_ASIDE_STORAGE_KEY) and
 * reading starts afresh, so nothing the reader had is silently lost.
 */
export function parseReadingProgress(raw: string): ReadingProgress {
  if (raw === '') return { ...EMPTY, read: {} };
  try {
    return progressSchema.parse(JSON.parse(raw));
  } catch {
    try {
      localStorage.setItem(READING_SET_ASIDE_STORAGE_KEY, raw);
    } catch {
      // Nothing more can be done without storage; the original stays in place until the next save.
    }
    return { ...EMPTY, read: {} };
  }
}

/** Records that the reader is at `section` of `slug` and has seen `share` (0–1) of it. Never lowers a share. */
export function recordReading(locale: Locale, slug: string, section: string | undefined, share: number): ReadingProgress {
  const progress = loadReadingProgress();
  const clamped = Math.min(1, Math.max(0, Number.isFinite(share) ? share : 0));
  progress.read[slug] = Math.max(progress.read[slug] ?? 0, clamped);
  progress.last = { locale, slug, ...(section ? { section } : {}), at: Date.now() };
  try {
    localStorage.setItem(READING_STORAGE_KEY, JSON.stringify(progress));
  } catch {
    // Storage full or disabled: progress is a convenience, so reading goes on without it.
  }
  return progress;
}

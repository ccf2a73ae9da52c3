// zod/mini: this module is on every page's critical path, and the mini build adds a few KB where full zod adds 15.
import * as z from 'zod/mini';
import { isLocale, type Locale } from '../../content/locale.ts';

/** localStorage key of the reading progress (where the reader was, how much of each chapter they have read). */
export const READING_STORAGE_KEY = 'notebook.reading.v1';
/** localStorage key of the reader's language choice; the landing page's redirect reads the same key. */
export const LOCALE_STORAGE_KEY = 'notebook.locale';

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

/** The stored text ('' when nothing is stored or storage is unavailable): a stable snapshot for React. */
export function readRawReadingProgress(): string {
  try {
    return localStorage.getItem(READING_STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Calls `listener` when another tab records reading. Returns the unsubscribe function. */
export function subscribeToReadingProgress(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === READING_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** The stored progress. */
export function loadReadingProgress(): ReadingProgress {
  return parseReadingProgress(readRawReadingProgress());
}

/**
 * Parses stored progress. Invalid data is not thrown away: it is copied aside under a `.broken` key and reading
 * starts afresh, so nothing the reader had is silently lost.
 */
export function parseReadingProgress(raw: string): ReadingProgress {
  if (raw === '') return { ...EMPTY, read: {} };
  try {
    return progressSchema.parse(JSON.parse(raw));
  } catch {
    try {
      localStorage.setItem(`${READING_STORAGE_KEY}.broken`, raw);
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

/** Remembers the reader's language choice for the landing page. */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Without storage the browser's language decides next time.
  }
}

/**
 * The review page's URL: `/${locale}/review/`, with `?chapter=…` ("quiz me on this chapter"), `&section=…` ("… on this
 * section") and `?now=<ISO date>` ("see what will be due on …": the queue as of that date, answers not saved).
 * Browser tests use `now` to move the clock forward without touching the system time.
 */
import type { Locale } from '../../content/locale.ts';
import type { ReviewMode } from '../engine/index.ts';

/** What the review page's URL asks for. */
export interface ReviewUrlState {
  mode: ReviewMode;
  /** Set when the URL has a valid `now`: the page shows the queue as of this instant and saves nothing. */
  previewAt: Date | undefined;
}

/** Reads the review page's query string. Unknown keys are ignored; an unreadable `now` is ignored too. */
export function readReviewUrl(search: string): ReviewUrlState {
  const params = new URLSearchParams(search);
  const chapter = params.get('chapter')?.trim() || undefined;
  const section = params.get('section')?.trim() || undefined;
  const mode: ReviewMode = chapter
    ? section
      ? { kind: 'section', chapter, section }
      : { kind: 'chapter', chapter }
    : { kind: 'due' };
  const previewAt = parsePreviewDate(params.get('now'));
  return { mode, previewAt };
}

/**
 * A `now` value: a full ISO date-time, or a calendar date (what a date field sends), read as the end of that day in
 * the reader's time zone so that "due on 1 June" includes everything due during that day.
 */
function parsePreviewDate(text: string | null): Date | undefined {
  if (!text) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 23, 59, 59, 999) : new Date(text);
  return Number.isFinite(date.getTime()) ? date : undefined;
}

/** The path of the review page for `mode`, optionally previewing the queue as of `previewAt`. */
export function reviewPath(locale: Locale, mode: ReviewMode = { kind: 'due' }, previewAt?: Date): string {
  const params = new URLSearchParams();
  if (mode.kind !== 'due') params.set('chapter', mode.chapter);
  if (mode.kind === 'section') params.set('section', mode.section);
  if (previewAt) params.set('now', previewAt.toISOString());
  const query = params.toString();
  return `/${locale}/review/${query ? `?${query}` : ''}`;
}

import { useId } from 'react';
import type { Locale } from '../../content/locale.ts';
import type { ReviewMode } from '../engine/index.ts';
import { formatDate } from './formatWhen.ts';
import { reviewPath } from './reviewUrl.ts';
import { reviewStrings } from './strings.ts';

const WEEK_MS = 7 * 86_400_000;

/** "yyyy-mm-dd" of `date` in the reader's time zone, as a date field wants it. */
function dayValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The banner of a preview ("the queue as of …; answers are not saved"), with the way back to today. */
export function PreviewBanner({ locale, mode, previewAt }: { locale: Locale; mode: ReviewMode; previewAt: Date }) {
  const strings = reviewStrings[locale];
  return (
    <p className="review-page__preview">
      {strings.previewBanner(formatDate(previewAt, locale))} <a href={reviewPath(locale, mode)}>{strings.leavePreview}</a>
    </p>
  );
}

/**
 * "See what will be due on [date] [Show]": a plain GET form, so it works as a link would (the date lands in `?now=`),
 * keeping the chapter and section of the current mode.
 */
export function PreviewForm({ locale, mode, today }: { locale: Locale; mode: ReviewMode; today: Date }) {
  const strings = reviewStrings[locale];
  const fieldId = useId();
  return (
    <form className="review-page__preview-form" method="get" action={reviewPath(locale)}>
      {mode.kind !== 'due' ? <input type="hidden" name="chapter" value={mode.chapter} /> : null}
      {mode.kind === 'section' ? <input type="hidden" name="section" value={mode.section} /> : null}
      <label htmlFor={fieldId}>{strings.previewLabel}</label>
      <input
        id={fieldId}
        type="date"
        name="now"
        required
        min={dayValue(today)}
        defaultValue={dayValue(new Date(today.getTime() + WEEK_MS))}
      />
      <button type="submit" className="quiz-button">
        {strings.previewButton}
      </button>
    </form>
  );
}

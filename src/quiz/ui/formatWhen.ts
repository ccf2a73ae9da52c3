import type { Locale } from '../../content/locale.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "in 3 days" / "3天后": how far `date` lies from `now`, in the largest unit that fits (minutes, hours or days). */
export function formatRelative(date: Date, now: Date, locale: Locale): string {
  const format = new Intl.RelativeTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', { numeric: 'auto' });
  const difference = date.getTime() - now.getTime();
  const size = Math.abs(difference);
  if (size < HOUR_MS) return format.format(Math.round(difference / MINUTE_MS), 'minute');
  if (size < DAY_MS) return format.format(Math.round(difference / HOUR_MS), 'hour');
  return format.format(Math.round(difference / DAY_MS), 'day');
}

/** A calendar date for the reader's locale, e.g. "2025年3月1日" / "1 March 2025". */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }).format(date);
}

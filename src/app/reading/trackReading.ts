import type { Locale } from '../../content/locale.ts';
import { afterLoad } from '../afterLoad.ts';

/** How often, at most, scrolling writes progress. */
const SAVE_INTERVAL_MS = 1000;

/**
 * How long a chapter stays open, unscrolled, before it counts as read from the top. A chapter opened and left at once
 * does not become the one to continue, and the first record (which loads the validating recorder) stays out of the
 * page's first seconds.
 */
export const FIRST_RECORD_AFTER_MS = 10_000;

/**
 * While a chapter is open, records the section at the top of the screen and how far through the chapter body the
 * reader has scrolled, for "continue where you left off" and the per-chapter read share.
 * Starts tracking and returns the function that stops it.
 */
export function trackReading(body: HTMLElement, locale: Locale, slug: string): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The recorder validates what is stored (with zod), so it loads after the page's first render, on first use.
  let recorder: Promise<typeof import('../../storage/readingProgress.ts')> | undefined;
  const save = () => {
    timer = undefined;
    const rect = body.getBoundingClientRect();
    const seen = window.innerHeight - rect.top;
    const share = rect.height > 0 ? seen / rect.height : 0;
    let section: string | undefined;
    for (const heading of body.querySelectorAll<HTMLElement>('h2[id], h3[id]')) {
      if (heading.getBoundingClientRect().top <= window.innerHeight * 0.3) section = heading.id;
      else break;
    }
    recorder ??= import('../../storage/readingProgress.ts');
    void recorder.then(({ recordReading }) => recordReading(locale, slug, section, share));
  };
  const onScroll = () => {
    timer ??= setTimeout(save, SAVE_INTERVAL_MS);
  };
  // Scrolling records (restoring a position or following a #section link counts); so does staying a while. The
  // measuring waits for an idle moment.
  let cancelFirst = () => {};
  const dwell = setTimeout(() => {
    cancelFirst = afterLoad(() => timer === undefined && save());
  }, FIRST_RECORD_AFTER_MS);
  window.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    clearTimeout(dwell);
    cancelFirst();
    window.removeEventListener('scroll', onScroll);
    if (timer) clearTimeout(timer);
  };
}

// The reader's language choice, as the landing page's redirect reads it (LANDING_REDIRECT in scripts/prerender.mjs).
import type { Locale } from '../content/locale.ts';
import { LOCALE_STORAGE_KEY } from './storageKeys.ts';

/** Remembers the reader's language choice for the landing page. */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Without storage the browser's language decides next time.
  }
}

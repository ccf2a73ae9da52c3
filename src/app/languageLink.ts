import { type Locale, isLocale } from '../content/locale.ts';
import { rememberLocale } from '../storage/localeChoice.ts';

/** The id of the heading the reader is at: the last one above the top of the viewport. */
function currentSectionId(): string | undefined {
  let current: string | undefined;
  for (const heading of document.querySelectorAll<HTMLElement>('.chapter-body h2[id], .chapter-body h3[id]')) {
    if (heading.getBoundingClientRect().top <= 120) current = heading.id;
    else break;
  }
  return current;
}

/**
 * As the reader follows the link to the other language: remembers the choice (the landing page reads it) and points
 * the link at the section being read, so the other language opens at the same place.
 */
export function followLanguageLink(link: HTMLAnchorElement): void {
  const other = link.hreflang;
  if (isLocale(other)) rememberLocale(other as Locale);
  const section = currentSectionId();
  const base = link.href.split('#')[0]!.split('?')[0]!;
  if (section) link.href = `${base}${window.location.search}#${section}`;
}

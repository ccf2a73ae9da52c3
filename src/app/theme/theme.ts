// The theme on the page: the stored choice (src/storage/themeChoice.ts) applied to <html data-theme>, kept in step
// across tabs and with the prerendered <select> that works before its island hydrates.
import {
  isThemeChoice,
  onThemeChoiceStoredElsewhere,
  readThemeChoice,
  storeThemeChoice,
  type ThemeChoice,
} from '../../storage/themeChoice.ts';

const THEME_EVENT = 'notebook:theme';

/** Calls `listener` when the choice changes, in this tab or another. Returns the unsubscribe function. */
export function subscribeToThemeChoice(listener: () => void): () => void {
  const stopFollowing = onThemeChoiceStoredElsewhere((choice) => {
    applyToDocument(choice);
    listener();
  });
  window.addEventListener(THEME_EVENT, listener);
  return () => {
    window.removeEventListener(THEME_EVENT, listener);
    stopFollowing();
  };
}

function applyToDocument(choice: ThemeChoice): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
}

/** Stores the choice and applies it to <html data-theme>. */
export function applyThemeChoice(choice: ThemeChoice): void {
  storeThemeChoice(choice);
  applyToDocument(choice);
  window.dispatchEvent(new Event(THEME_EVENT));
}

/** Whether the page currently shows the dark theme (choice or system preference). */
export function isDarkTheme(): boolean {
  const forced = document.documentElement.getAttribute('data-theme');
  if (forced) return forced === 'dark';
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * Makes a prerendered theme <select> work without React (until its island hydrates, if ever): it shows the stored
 * choice (the server rendered "system"), follows changes made in other tabs, and applies the reader's change. Once
 * React runs the select too, applying the same choice twice changes nothing.
 */
export function bindThemeSelect(select: HTMLSelectElement): void {
  const showChoice = () => {
    select.value = readThemeChoice();
  };
  showChoice();
  subscribeToThemeChoice(showChoice);
  select.addEventListener('change', () => {
    if (isThemeChoice(select.value)) applyThemeChoice(select.value);
  });
}

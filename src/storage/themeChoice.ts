// The stored theme choice. index.html's inline script reads the same key before the first paint, so that a reader
// who chose dark never sees a white flash; src/app/theme/ applies the choice to the page.
import { THEME_STORAGE_KEY } from './storageKeys.ts';

/** The reader's theme choice: follow the system, or force light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** True for the three choices (a select's value, a stored string). */
export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

/** The stored choice, or "system" when none is stored, the stored text is not a choice, or storage is unavailable. */
export function readThemeChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** Stores the choice ("system" removes the key). Without storage the choice lasts for this page only. */
export function storeThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Private mode or storage disabled: the choice still applies to this page.
  }
}

/** Calls `listener` with the new choice when another tab stores one. Returns the unsubscribe function. */
export function onThemeChoiceStoredElsewhere(listener: (choice: ThemeChoice) => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY) listener(readThemeChoice());
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/** The reader's theme choice: follow the system, or force light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** True for the three choices (a select's value, a stored string). */
export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

/** localStorage key of the theme choice; index.html reads the same key before the first paint. */
export const THEME_STORAGE_KEY = 'notebook.theme';

/** The stored choice, or "system" when none is stored or storage is unavailable. */
export function readThemeChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

const THEME_EVENT = 'notebook:theme';

/** Calls `listener` when the choice changes, in this tab or another. Returns the unsubscribe function. */
export function subscribeToThemeChoice(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    applyToDocument(readThemeChoice());
    listener();
  };
  window.addEventListener(THEME_EVENT, listener);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(THEME_EVENT, listener);
    window.removeEventListener('storage', onStorage);
  };
}

function applyToDocument(choice: ThemeChoice): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
}

/** Stores the choice and applies it to <html data-theme>. */
export function applyThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Private mode or storage disabled: the choice still applies to this page.
  }
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

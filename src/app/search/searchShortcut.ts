/** Input types that do not take typed text: a shortcut pressed on them is not typing. */
const NON_TEXT_INPUTS: ReadonlySet<string> = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** True when keys pressed on `target` type text (a text field, a text area, a select or editable content). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Partial<HTMLElement>).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  return tag === 'input' && !NON_TEXT_INPUTS.has((element as HTMLInputElement).type);
}

/** True for the keys that open search: `/`, Ctrl+K, or Cmd+K. */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  if (event.altKey) return false;
  if (event.key === '/') return !event.ctrlKey && !event.metaKey;
  return (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.shiftKey;
}

/**
 * Focuses (and selects) the search field when the reader presses `/`, Ctrl+K or Cmd+K anywhere on the page, except
 * while typing in another field, where those keys keep their usual meaning. Plain DOM, so that the shortcut works from
 * the first moment (the page entry listens before the search island has hydrated, and the box itself once it has;
 * whichever comes first takes the key). Returns the function that stops listening.
 */
export function listenForSearchShortcut(field: () => HTMLInputElement | null | undefined): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || !isSearchShortcut(event) || isTypingTarget(event.target)) return;
    const input = field();
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  };
  document.addEventListener('keydown', onKeyDown);
  return () => document.removeEventListener('keydown', onKeyDown);
}

import { type KeyboardEvent, useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../content/locale.ts';
import { type LocaleSearch, loadLocaleIndex } from './loadLocaleIndex.ts';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is loaded with the component
import './search.css';
import { placePopup } from './placePopup.ts';
import { flatHits, optionId, SearchResultsList } from './SearchResultsList.tsx';
import { SearchStatus } from './SearchStatus.tsx';
import { searchStrings } from './strings.ts';
import { listenForSearchShortcut } from './searchShortcut.ts';

/** How long the results must stay the same before a screen reader hears their count. */
const ANNOUNCE_DELAY_MS = 700;
/** Where loading the index stands. */
export type IndexState = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; search: LocaleSearch['search'] } | { status: 'error' };

/** Props of {@link SearchBox}. */
export interface SearchBoxProps {
  locale: Locale;
  /** Loads the locale's index; the default imports `virtual:search-index` lazily. Tests pass their own. */
  loadIndex?: (locale: Locale) => Promise<LocaleSearch>;
  /** Goes to a result's address; the default is `window.location.assign`. Tests pass their own. */
  navigate?: (href: string) => void;
}

const assignLocation = (href: string) => window.location.assign(href);

/**
 * The notebook's search: a combobox in the header. The index loads the first time the field gets focus or input;
 * typing shows sections grouped by chapter with the matches marked; arrow keys move through them, Enter opens one at
 * its heading, Escape closes the list (and a second Escape clears the field). `/`, Ctrl+K or Cmd+K focus the field.
 */
export function SearchBox({ locale, loadIndex = loadLocaleIndex, navigate = assignLocation }: SearchBoxProps) {
  const strings = searchStrings[locale];
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const listId = `search-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const [indexState, setIndexState] = useState<IndexState>({ status: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => listenForSearchShortcut(() => inputRef.current), []);

  // A ref, not the state: focus and the first input can arrive in one render, and must start one load only.
  const loadStarted = useRef(false);
  const ensureLoaded = useCallback(() => {
    if (loadStarted.current) return;
    loadStarted.current = true;
    setIndexState({ status: 'loading' });
    loadIndex(locale).then(
      ({ search }) => setIndexState({ status: 'ready', search }),
      (error: unknown) => {
        console.warn('search: the index could not be loaded', error);
        loadStarted.current = false; // The next focus or input tries again.
        setIndexState({ status: 'error' });
      },
    );
  }, [loadIndex, locale]);

  useEffect(() => {
    // The box wakes (hydrates) when the reader focuses it or presses "/": React was not there to see that focus, or
    // what was typed while it loaded. Pick both up.
    const field = inputRef.current;
    if (!field) return;
    if (field.value !== '') setQuery(field.value);
    if (document.activeElement === field) {
      ensureLoaded();
      setOpen(true);
    }
  }, [ensureLoaded]);

  const deferredQuery = useDeferredValue(query);
  const results = useMemo(
    () => (indexState.status === 'ready' && deferredQuery.trim() ? indexState.search(deferredQuery) : undefined),
    [indexState, deferredQuery],
  );
  const hits = flatHits(results);
  const active = hits.length > 0 ? Math.min(activeIndex, hits.length - 1) : -1;
  const expanded = open && query.trim() !== '';
  const listed = expanded && hits.length > 0;

  let message = '';
  if (expanded && indexState.status === 'error') message = strings.loadFailed;
  else if (expanded && results) {
    message = results.groups.length === 0 ? strings.noResults(results.query.trim()) : strings.summary(hits.length, results.groups.length);
  }
  useEffect(() => {
    // Announce once the results have settled, not at every keystroke; clear at once when the list closes.
    const timer = setTimeout(() => setAnnouncement(message), message ? ANNOUNCE_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [message]);

  const openHit = (position: number) => {
    const hit = hits[position];
    if (!hit) return;
    setOpen(false);
    const target = new URL(hit.href, window.location.href);
    // Same page: only the hash changes, so give up focus and let the reader scroll from the heading.
    if (target.pathname === window.location.pathname) inputRef.current?.blur();
    navigate(hit.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return; // An input method is choosing characters: Enter and arrows are its.
    const count = hits.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex(expanded ? (active + step + count) % count : step === 1 ? 0 : count - 1);
      setOpen(true);
    } else if (event.key === 'Enter') {
      if (expanded && active >= 0) {
        event.preventDefault();
        openHit(active);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else if (query) {
        event.preventDefault();
        setQuery('');
      }
    } else if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
      event.preventDefault(); // Already here: select what was typed instead of leaving for the browser's search.
      event.currentTarget.select();
    }
  };

  useLayoutEffect(() => {
    if (!expanded) return;
    const place = () => placePopup(rootRef.current, popupRef.current);
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [expanded]);

  useEffect(() => {
    if (!listed) return;
    document.getElementById(optionId(listId, active))?.scrollIntoView?.({ block: 'nearest' });
  }, [listed, active, listId]);

  return (
    // The <search> element is unknown to Safari before 17 and to jsdom: the role says the same everywhere.
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
    <div className="search" role="search" ref={rootRef}>
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {strings.label}
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        className="search__input"
        type="search"
        role="combobox"
        aria-expanded={listed}
        aria-controls={listed ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={listed ? optionId(listId, active) : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        placeholder={strings.placeholder}
        title={strings.shortcutHint}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
          setOpen(true);
          ensureLoaded();
        }}
        onFocus={() => {
          ensureLoaded();
          setOpen(true);
        }}
        onBlur={(event) => {
          if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className="search__key" aria-hidden="true">
        /
      </kbd>
      <div className="search__popup" hidden={!expanded} ref={popupRef}>
        <SearchStatus strings={strings} indexState={indexState} results={results} />
        {results && listed ? (
          <SearchResultsList
            listId={listId}
            results={results}
            activeIndex={active}
            strings={strings}
            onActivate={setActiveIndex}
            onOpen={openHit}
          />
        ) : null}
        {listed && results && results.total > hits.length ? <p className="search__message">{strings.moreResults(results.total)}</p> : null}
      </div>
      <output className="visually-hidden" aria-live="polite">
        {announcement}
      </output>
    </div>
  );
}

import { type LoadedSearchIndex, loadSearchIndex } from '../../search/searchIndex.ts';

const loaded = new Map<string, Promise<LoadedSearchIndex>>();

/**
 * Loads the search index of one locale the first time it is asked for (a separate chunk, never on the page's
 * critical path), then returns the same promise. A failed load is forgotten so that the next attempt retries.
 */
export function loadLocaleIndex(locale: string): Promise<LoadedSearchIndex> {
  let promise = loaded.get(locale);
  if (!promise) {
    // The server bundle never searches: leave the index out of it.
    promise = import.meta.env.SSR
      ? Promise.reject(new Error('search runs in the browser only'))
      : import('virtual:search-index').then((module) => loadSearchIndex(module.default, locale));
    promise.catch(() => loaded.delete(locale));
    loaded.set(locale, promise);
  }
  return promise;
}

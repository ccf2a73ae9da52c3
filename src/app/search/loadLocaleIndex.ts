import type { SearchResults } from '../../search/searchIndex.ts';

/** A loaded locale index, ready to answer queries (see src/search/searchIndex.ts for what a query does). */
export interface LocaleSearch {
  search: (query: string) => SearchResults;
}

const loaded = new Map<string, Promise<LocaleSearch>>();

/**
 * Loads the search of one locale the first time it is asked for, then returns the same promise. The index and the
 * search code (MiniSearch, the tokenizer) are separate chunks, never on the page's critical path. A failed load is
 * forgotten so that the next attempt retries.
 */
export function loadLocaleIndex(locale: string): Promise<LocaleSearch> {
  let promise = loaded.get(locale);
  if (!promise) {
    // The server bundle never searches: leave the index out of it.
    promise = import.meta.env.SSR
      ? Promise.reject(new Error('search runs in the browser only'))
      : Promise.all([
          locale === 'zh' ? import('virtual:search-index-zh') : import('virtual:search-index-en'),
          import('../../search/searchIndex.ts'),
        ]).then(([data, engine]) => {
          const index = engine.loadSearchIndex(data.default, locale);
          return { search: (query: string) => engine.searchIndex(index, query) };
        });
    promise.catch(() => loaded.delete(locale));
    loaded.set(locale, promise);
  }
  return promise;
}

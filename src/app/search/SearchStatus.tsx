import type { SearchResults } from '../../search/searchIndex.ts';
import type { IndexState } from './SearchBox.tsx';
import type { SearchStrings } from './strings.ts';

/**
 * The line above the results that says what is going on: loading, failed, nothing found, or only partial matches.
 * Screen readers hear the same through the search box's status region.
 */
export function SearchStatus({
  strings,
  indexState,
  results,
}: {
  strings: SearchStrings;
  indexState: IndexState;
  results: SearchResults | undefined;
}) {
  if (indexState.status === 'error') return <p className="search__message search__message--error">{strings.loadFailed}</p>;
  if (!results) return <p className="search__message">{strings.loading}</p>;
  if (results.groups.length === 0) return <p className="search__message">{strings.noResults(results.query.trim())}</p>;
  return results.partial ? <p className="search__message">{strings.partial}</p> : null;
}

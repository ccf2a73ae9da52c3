import type { SearchHit, SearchResults } from '../../search/searchIndex.ts';
import { Highlighted } from './Highlighted.tsx';
import type { SearchStrings } from './strings.ts';

/** The id of the option at `position` (0-based across all groups) in the list with id `listId`. */
export const optionId = (listId: string, position: number) => `${listId}-option-${position}`;

/** The hits of the results in display order, which is the order of the options. */
export function flatHits(results: SearchResults | undefined): SearchHit[] {
  return results ? results.groups.flatMap((group) => group.hits) : [];
}

/** The snippet of a hit: ellipses where it was cut, a label when it comes from a quiz or a formula. */
function HitSnippet({ hit, strings }: { hit: SearchHit; strings: SearchStrings }) {
  const { snippet } = hit;
  if (!snippet.text) return null;
  const label = snippet.field === 'quiz' ? strings.quiz : snippet.field === 'tex' ? strings.formula : undefined;
  const body = (
    <>
      {snippet.truncatedStart ? '…' : ''}
      <Highlighted text={snippet.text} ranges={snippet.highlights} />
      {snippet.truncatedEnd ? '…' : ''}
    </>
  );
  return (
    <span className="search__snippet">
      {label ? <span className="search__field">{label}</span> : null}
      {snippet.field === 'tex' ? <code>{body}</code> : body}
    </span>
  );
}

/**
 * The results as an ARIA listbox: one group per chapter (labelled by its title), one option per section with its
 * heading and a highlighted snippet. Options are not focusable: the search field keeps focus and points at the
 * active option with aria-activedescendant.
 */
export function SearchResultsList({
  listId,
  results,
  activeIndex,
  strings,
  onActivate,
  onOpen,
}: {
  listId: string;
  results: SearchResults;
  activeIndex: number;
  strings: SearchStrings;
  /** The pointer moved onto the option at this position. */
  onActivate: (position: number) => void;
  /** The option at this position was chosen (clicked). */
  onOpen: (position: number) => void;
}) {
  // Position of each group's first option among all options.
  const firstPositions = results.groups.map((_, groupIndex) =>
    results.groups.slice(0, groupIndex).reduce((sum, group) => sum + group.hits.length, 0),
  );
  // A listbox of rich options: <select>/<datalist> cannot hold headings and snippets, hence the ARIA roles.
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
    <div className="search__list" role="listbox" id={listId} aria-label={strings.results}>
      {results.groups.map((group, groupIndex) => {
        const labelId = `${listId}-group-${groupIndex}`;
        return (
          // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
          <div className="search__group" role="group" aria-labelledby={labelId} key={group.slug}>
            <div className="search__chapter" role="presentation" id={labelId}>
              {group.chapterTitle}
            </div>
            {group.hits.map((hit, hitIndex) => {
              const at = firstPositions[groupIndex]! + hitIndex;
              return (
                // Options are reached with the arrow keys from the search field (aria-activedescendant), not by Tab,
                // and Enter in the field opens them.
                // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus, jsx-a11y/prefer-tag-over-role
                <div role="option"
                  key={hit.documentId}
                  id={optionId(listId, at)}
                  aria-selected={at === activeIndex}
                  className="search__option"
                  data-href={hit.href}
                  onMouseDown={(event) => event.preventDefault()} // Keep focus in the field.
                  onMouseMove={() => {
                    if (at !== activeIndex) onActivate(at);
                  }}
                  onClick={() => onOpen(at)}
                >
                  <span className="search__heading">
                    {hit.headingId === undefined ? (
                      strings.chapterStart
                    ) : (
                      <Highlighted text={hit.heading} ranges={hit.headingHighlights} />
                    )}
                  </span>
                  <HitSnippet hit={hit} strings={strings} />
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}

import MiniSearch, { type SearchResult } from 'minisearch';
import {
  FIELD_BOOSTS,
  type IndexedDocument,
  MINI_SEARCH_OPTIONS,
  SEARCH_INDEX_VERSION,
  type SearchChapter,
  type SearchDocument,
  type SearchField,
  type SerializedSearchIndex,
} from './indexFormat.ts';
import { parseQuery, type QueryTerm } from './parseQuery.ts';
import { highlightNeedles, type SectionSnippet, sectionSnippet } from './sectionSnippet.ts';
import { compileNeedles, findHighlights, type TextRange } from './snippet.ts';

/** One locale's index, loaded and ready to query. */
export interface LoadedSearchIndex {
  locale: string;
  chapters: readonly SearchChapter[];
  documents: readonly SearchDocument[];
  miniSearch: MiniSearch<IndexedDocument>;
}

/** One matching section. */
export interface SearchHit {
  /** Position of the document in the locale's index. */
  documentId: number;
  /** Where the result opens: the chapter at the section's heading, e.g. `/en/adam/#adam-and-bias-correction`. */
  href: string;
  /** The heading's anchor; undefined for the chapter's introduction (the text before its first heading). */
  headingId: string | undefined;
  /** The heading's text, or the chapter title for the introduction. */
  heading: string;
  headingHighlights: TextRange[];
  snippet: SectionSnippet;
  score: number;
}

/** The matching sections of one chapter, best first. */
export interface SearchResultGroup {
  slug: string;
  chapterTitle: string;
  hits: SearchHit[];
}

/** What a query found: groups by chapter, the chapter with the best section first. */
export interface SearchResults {
  query: string;
  groups: SearchResultGroup[];
  /** Number of matching sections before the caps below. */
  total: number;
  /** True when no section had every term, so sections with some of them are shown. */
  partial: boolean;
}

/** Limits on what is shown. */
export interface SearchLimits {
  /** Most sections shown in all (default 20). */
  maxHits?: number;
  /** Most sections shown per chapter (default 8), so that one chapter does not crowd out the others. */
  maxHitsPerChapter?: number;
}

/** How much a whole-word match of a Chinese segmenter word adds, relative to the section's own score. */
const WORD_BONUS = 0.5;
/** A term's allowed edit distance, as a fraction of its length (MiniSearch's `fuzzy`). */
const FUZZY_FRACTION = 0.2;

/** Loads one locale of the serialised index (once per page; a query then takes a few milliseconds). */
export function loadSearchIndex(serialized: SerializedSearchIndex, locale: string): LoadedSearchIndex {
  if (serialized.version !== SEARCH_INDEX_VERSION) {
    throw new Error(`search index version ${String(serialized.version)} is not the expected ${SEARCH_INDEX_VERSION}: rebuild the site`);
  }
  const localeIndex = serialized.locales[locale];
  if (!localeIndex) throw new Error(`the search index has no locale "${locale}" (it has: ${Object.keys(serialized.locales).join(', ')})`);
  return {
    locale,
    chapters: localeIndex.chapters,
    documents: localeIndex.documents,
    miniSearch: MiniSearch.loadJS(localeIndex.miniSearch, MINI_SEARCH_OPTIONS),
  };
}

const sameTerm = (term: string) => [term];

/** Runs terms against MiniSearch (in `fields`, default all), each with its own prefix/fuzzy setting, with AND or OR. */
function runTerms(
  index: LoadedSearchIndex,
  terms: readonly QueryTerm[],
  combineWith: 'AND' | 'OR',
  fields?: readonly SearchField[],
): SearchResult[] {
  if (terms.length === 0) return [];
  return index.miniSearch.search(
    {
      combineWith,
      queries: terms.map((term) => ({
        queries: [term.term],
        prefix: term.prefix,
        fuzzy: term.fuzzy ? FUZZY_FRACTION : false,
        tokenize: sameTerm,
        processTerm: (value: string) => value,
      })),
    },
    { boost: FIELD_BOOSTS, ...(fields ? { fields: [...fields] } : {}) },
  );
}

/**
 * The documents whose heading holds every term: a section's own heading, or for a chapter's introduction (which has
 * none) the chapter title it is shown under. These are the sections about the query rather than ones that mention it.
 */
function headingMatches(index: LoadedSearchIndex, terms: readonly QueryTerm[]): Set<number> {
  const ids = new Set(runTerms(index, terms, 'AND', ['headingText']).map((result) => result.id as number));
  for (const result of runTerms(index, terms, 'AND', ['chapterTitle'])) {
    if (index.documents[result.id as number]?.headingId === undefined) ids.add(result.id as number);
  }
  return ids;
}

/** The link to a document: its chapter, at its heading. */
function documentHref(index: LoadedSearchIndex, document: SearchDocument): string {
  const chapter = index.chapters[document.chapter];
  const base = `/${index.locale}/${chapter?.slug ?? ''}/`;
  return document.headingId ? `${base}#${document.headingId}` : base;
}

/**
 * Searches one locale: sections that contain every term of the query (Chinese runs as substrings, English words by
 * prefix or a small typo), or, when none does, any of them. Sections whose heading holds every term come first, then
 * the rest by score. Results are grouped by chapter (the chapter of the first section first) with a highlighted
 * snippet each. Pure and synchronous; typically a few milliseconds.
 */
export function searchIndex(index: LoadedSearchIndex, query: string, limits: SearchLimits = {}): SearchResults {
  const { maxHits = 20, maxHitsPerChapter = 8 } = limits;
  const parsed = parseQuery(query);
  let results = runTerms(index, parsed.required, 'AND');
  let partial = false;
  if (results.length === 0 && parsed.required.length > 1) {
    results = runTerms(index, parsed.required, 'OR');
    partial = results.length > 0;
  }
  if (parsed.bonus.length > 0 && results.length > 0) {
    const bonus = new Map(runTerms(index, parsed.bonus.map((term) => ({ term, prefix: false, fuzzy: false })), 'OR').map((result) => [result.id as number, result.score]));
    for (const result of results) result.score += WORD_BONUS * (bonus.get(result.id as number) ?? 0);
  }
  // A section whose heading matches comes before every section that only mentions the terms, however often: a field
  // boost alone cannot promise that, since a short section repeating the terms outscores a long one about them.
  const aboutQuery = partial ? new Set<number>() : headingMatches(index, parsed.required);
  const tier = (result: SearchResult) => (aboutQuery.has(result.id as number) ? 1 : 0);
  results.sort((a, b) => tier(b) - tier(a) || b.score - a.score);

  const groups = new Map<number, SearchResultGroup>();
  let shown = 0;
  for (const result of results) {
    if (shown >= maxHits) break;
    const document = index.documents[result.id as number];
    if (!document) continue;
    const chapter = index.chapters[document.chapter];
    let group = groups.get(document.chapter);
    if (!group) {
      group = { slug: chapter?.slug ?? '', chapterTitle: chapter?.title ?? '', hits: [] };
      groups.set(document.chapter, group);
    }
    if (group.hits.length >= maxHitsPerChapter) continue;
    const patterns = compileNeedles(highlightNeedles(parsed.cjkRuns, result.terms, document));
    const heading = document.headingText || group.chapterTitle;
    group.hits.push({
      documentId: result.id as number,
      href: documentHref(index, document),
      headingId: document.headingId,
      heading,
      headingHighlights: findHighlights(heading, patterns),
      snippet: sectionSnippet(document, patterns),
      score: result.score,
    });
    shown += 1;
  }
  // A glossary entry is a one-line definition that matches a term more densely than any explanation of it: list the
  // chapters that explain first, and reference pages after them (a stable sort keeps each side in score order).
  const referenceLast = [...groups.entries()].sort(([a], [b]) => Number(index.chapters[a]?.reference ?? false) - Number(index.chapters[b]?.reference ?? false));
  return { query, groups: referenceLast.map(([, group]) => group), total: results.length, partial };
}

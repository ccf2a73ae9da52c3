import type { AsPlainObject, Options } from 'minisearch';
import { normaliseTerm, tokenizeForIndex } from './tokenize.ts';

/** Version of {@link SerializedSearchIndex}; bump it when the shape or the tokenizer changes. */
export const SEARCH_INDEX_VERSION = 1;

/** One searchable unit: a section of a chapter (its heading and what follows up to the next heading). */
export interface SearchDocument {
  /** Index into the locale's `chapters`. */
  chapter: number;
  /** The heading's anchor; absent for the chapter's introduction (the text before the first heading). */
  headingId?: string;
  /** The heading's text ('' for the introduction). */
  headingText: string;
  /** Plain text of the section, one paragraph per line; inline formulas appear as their TeX. */
  text: string;
  /** The TeX source of the section's formulas, one per line. */
  tex: string;
  /** Plain text of the section's quiz questions (prompt, options, explanation), one paragraph per line. */
  quiz: string;
}

/** A chapter as search results name it. */
export interface SearchChapter {
  slug: string;
  title: string;
  /** Set for reference pages (the glossary): their results are listed after every chapter's, see searchIndex. */
  reference?: true;
}

/** The index of one locale: its chapters, its documents (ids are positions in `documents`) and the MiniSearch index. */
export interface SerializedLocaleIndex {
  chapters: SearchChapter[];
  documents: SearchDocument[];
  miniSearch: AsPlainObject;
}

/**
 * What `buildSearchIndex` makes at build time and `virtual:search-index` exports: JSON-serialisable, one index per
 * locale.
 */
export interface SerializedSearchIndex {
  version: number;
  locales: Record<string, SerializedLocaleIndex>;
}

/** The fields of a document that MiniSearch indexes (the chapter title comes from `chapters`). */
export const SEARCH_FIELDS = ['headingText', 'chapterTitle', 'text', 'quiz', 'tex'] as const;
/** One of {@link SEARCH_FIELDS}. */
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** How much a match in each field counts: headings most, formulas and quiz text least. */
export const FIELD_BOOSTS: Readonly<Record<SearchField, number>> = {
  headingText: 4,
  chapterTitle: 1.5,
  text: 1,
  quiz: 0.8,
  tex: 0.6,
};

/** A document as MiniSearch indexes it. */
export interface IndexedDocument extends Omit<SearchDocument, 'chapter' | 'headingId'> {
  id: number;
  chapterTitle: string;
}

/** MiniSearch's options, the same when building and when loading (MiniSearch requires that). */
export const MINI_SEARCH_OPTIONS: Options<IndexedDocument> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  tokenize: tokenizeForIndex,
  processTerm: normaliseTerm,
};

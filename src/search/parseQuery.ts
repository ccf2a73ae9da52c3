import { cjkBigrams, cjkWords, normaliseTerm, scriptRuns } from './tokenize.ts';

/** One term a query looks up, with how loosely it may match. */
export interface QueryTerm {
  /** The normalised term. */
  term: string;
  /** Whether index terms that start with it match too ("optim" → "optimizer"). */
  prefix: boolean;
  /** Whether index terms a small edit away match too ("optimzer" → "optimizer"). */
  fuzzy: boolean;
}

/** What a query looks for. */
export interface ParsedQuery {
  /** Terms a section must contain (all of them; when none has all, any of them). */
  required: QueryTerm[];
  /** Segmenter words of the query's Chinese runs: they only raise the score of sections that contain them whole. */
  bonus: string[];
  /** The query's CJK runs, normalised, for highlighting the matched text. */
  cjkRuns: string[];
}

/** Spaced words shorter than this are matched exactly: a prefix of one letter matches half the index. */
const MIN_PREFIX_LENGTH = 2;
/** Spaced words shorter than this are not matched fuzzily: one edit away from a short word is another word ("beta", "meta"). */
const MIN_FUZZY_LENGTH = 5;
/** Longest query that is looked up; the rest is ignored (a pasted paragraph is not a search). */
export const MAX_QUERY_LENGTH = 100;

/**
 * Turns what the reader typed into terms. Spaced words match by prefix and (from five letters) fuzzily; a Chinese
 * run is looked up as its bigrams, exactly, so that a section matches when it contains the run as a substring;
 * a one-character run matches by prefix (every character starts a bigram or ends a run in the index).
 */
export function parseQuery(query: string): ParsedQuery {
  const required: QueryTerm[] = [];
  const bonus: string[] = [];
  const cjkRuns: string[] = [];
  const seen = new Set<string>();
  const add = (raw: string, prefix: boolean, fuzzy: boolean) => {
    const term = normaliseTerm(raw);
    if (!term || seen.has(term)) return;
    seen.add(term);
    required.push({ term, prefix, fuzzy });
  };
  for (const run of scriptRuns(query.slice(0, MAX_QUERY_LENGTH))) {
    if (run.cjk) {
      const normalised = normaliseTerm(run.text);
      if (normalised) cjkRuns.push(normalised);
      const bigrams = cjkBigrams(run.text);
      for (const bigram of bigrams) add(bigram, [...bigram].length === 1, false);
      for (const word of cjkWords(run.text)) {
        const term = normaliseTerm(word);
        if (term && !bonus.includes(term)) bonus.push(term);
      }
    } else {
      const length = [...run.text].length;
      add(run.text, length >= MIN_PREFIX_LENGTH, length >= MIN_FUZZY_LENGTH);
    }
  }
  return { required, bonus, cjkRuns };
}

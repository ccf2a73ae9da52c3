import type { SearchDocument } from './indexFormat.ts';
import { countMatchingPatterns, findHighlights, makeSnippet, type Needle, type NeedlePatterns, type Snippet } from './snippet.ts';
import { cjkBigrams, containsCjk } from './tokenize.ts';

/** The fields a snippet may come from, in order of preference. */
export const SNIPPET_FIELDS = ['text', 'quiz', 'tex'] as const;

/** A snippet of one section, and which field it comes from (the UI labels quiz and formula snippets). */
export interface SectionSnippet extends Snippet {
  field: (typeof SNIPPET_FIELDS)[number];
}

/**
 * What to highlight in a section: the English index terms that matched (so "optim" highlights "optimizer"), and
 * each Chinese run of the query as a whole where the section contains it, else its bigrams.
 */
export function highlightNeedles(cjkRuns: readonly string[], matchedTerms: readonly string[], document: SearchDocument): Needle[] {
  const needles: Needle[] = matchedTerms.filter((term) => !containsCjk(term)).map((text) => ({ text, wholeWord: true }));
  const haystack = `${document.headingText}\n${document.text}\n${document.quiz}\n${document.tex}`;
  for (const run of cjkRuns) {
    if (haystack.includes(run)) needles.push({ text: run, wholeWord: false });
    else for (const bigram of cjkBigrams(run)) needles.push({ text: bigram, wholeWord: false });
  }
  return needles;
}

/**
 * The best snippet of a section: the paragraph (of its text, then quiz, then formulas) that contains the most
 * different needles, cut around its first highlight. With no match in the body (a heading match), the section's
 * first paragraph, unhighlighted.
 */
export function sectionSnippet(document: SearchDocument, patterns: NeedlePatterns): SectionSnippet {
  let best: { field: SectionSnippet['field']; paragraph: string; count: number } | undefined;
  for (const field of SNIPPET_FIELDS) {
    if (!document[field]) continue;
    for (const paragraph of document[field].split('\n')) {
      const count = countMatchingPatterns(paragraph, patterns);
      if (!best || count > best.count) best = { field, paragraph, count };
    }
  }
  if (!best) return { field: 'text', text: '', highlights: [], truncatedStart: false, truncatedEnd: false };
  return { field: best.field, ...makeSnippet(best.paragraph, findHighlights(best.paragraph, patterns)) };
}

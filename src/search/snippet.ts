import { containsCjk } from './tokenize.ts';

/** A highlighted stretch of a string: [start, end) in UTF-16 offsets. */
export type TextRange = readonly [start: number, end: number];

/** Something to highlight: a whole word ("optimizer") or any occurrence (a Chinese run, which has no word breaks). */
export interface Needle {
  text: string;
  wholeWord: boolean;
}

/** A short extract of a field with the matched text marked. */
export interface Snippet {
  text: string;
  /** Sorted, non-overlapping ranges of `text` to highlight. */
  highlights: TextRange[];
  /** Whether text was cut before / after the extract (show an ellipsis). */
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

/** Display width budget of a snippet, in columns: a CJK character counts two. About two lines of a result. */
export const SNIPPET_WIDTH = 150;
/** How much of the budget goes before the first highlight, so that it reads in context. */
const LEAD_WIDTH = 36;
/** How far the cut may move to land on a space instead of inside a word. */
const WORD_SNAP = 16;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Needles compiled once per hit. Whole words share one alternation (a prefix query such as "th" can match a hundred
 * words); needles that match anywhere keep a pattern each, because Chinese bigrams overlap and one alternation would
 * skip the second of two overlapping matches.
 */
export interface NeedlePatterns {
  words: RegExp | undefined;
  anywhere: readonly RegExp[];
}

/** Compiles needles; whole-word needles only match between non-letters (CJK needles always match anywhere). */
export function compileNeedles(needles: readonly Needle[]): NeedlePatterns {
  const words = new Set<string>();
  const anywhere = new Set<string>();
  for (const needle of needles) {
    if (!needle.text) continue;
    (needle.wholeWord && !containsCjk(needle.text) ? words : anywhere).add(needle.text.toLowerCase());
  }
  // Longest first, so that "gpt-3" wins over "gpt" where both start.
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    words: alternatives.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined,
    anywhere: [...anywhere].map((text) => new RegExp(escapeRegExp(text), 'giu')),
  };
}

/** Every pattern of the needles, words first. */
const allPatterns = (patterns: NeedlePatterns): RegExp[] => (patterns.words ? [patterns.words, ...patterns.anywhere] : [...patterns.anywhere]);

/**
 * Every occurrence of the patterns in `text`, merged into sorted, non-overlapping ranges. Ranges separated only by
 * white space are merged too, so a matched phrase ("bias correction") is marked as one.
 */
export function findHighlights(text: string, patterns: NeedlePatterns): TextRange[] {
  const ranges: [number, number][] = [];
  for (const pattern of allPatterns(patterns)) {
    for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && (range[0] <= last[1] || /^\s+$/.test(text.slice(last[1], range[0])))) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** How many different needles occur in `text` (each counted once, whatever its case). */
export function countMatchingPatterns(text: string, patterns: NeedlePatterns): number {
  const words = new Set<string>();
  if (patterns.words) for (const match of text.matchAll(patterns.words)) words.add(match[0].toLowerCase());
  let count = words.size;
  for (const pattern of patterns.anywhere) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) count += 1;
    pattern.lastIndex = 0;
  }
  return count;
}

/** Display width of one UTF-16 code unit's character: two for CJK, one otherwise. */
const columns = (character: string) => (containsCjk(character) ? 2 : 1);

/**
 * Cuts a paragraph down to about {@link SNIPPET_WIDTH} columns around its first highlight, on word boundaries where
 * the text has spaces, and shifts the highlights to the extract. A paragraph that fits is returned whole.
 */
export function makeSnippet(paragraph: string, highlights: readonly TextRange[], width = SNIPPET_WIDTH): Snippet {
  let total = 0;
  for (const character of paragraph) total += columns(character);
  if (total <= width) return { text: paragraph, highlights: [...highlights], truncatedStart: false, truncatedEnd: false };

  const anchor = highlights[0]?.[0] ?? 0;
  let start = anchor;
  for (let lead = 0; start > 0 && lead < LEAD_WIDTH; start -= 1) lead += columns(paragraph[start - 1]!);
  if (start > 0) {
    const space = paragraph.indexOf(' ', start);
    if (space !== -1 && space < anchor && space - start <= WORD_SNAP) start = space + 1;
  }
  let end = start;
  for (let used = 0; end < paragraph.length && used < width; end += 1) used += columns(paragraph[end]!);
  if (end < paragraph.length) {
    const space = paragraph.lastIndexOf(' ', end);
    if (space > start && end - space <= WORD_SNAP) end = space;
  }
  // Never split a surrogate pair at either end.
  if (/[\uDC00-\uDFFF]/.test(paragraph[start] ?? '')) start += 1;
  if (/[\uD800-\uDBFF]/.test(paragraph[end - 1] ?? '')) end += 1;

  const shifted: TextRange[] = [];
  for (const [from, to] of highlights) {
    if (to <= start || from >= end) continue;
    shifted.push([Math.max(from, start) - start, Math.min(to, end) - start]);
  }
  return {
    text: paragraph.slice(start, end),
    highlights: shifted,
    truncatedStart: start > 0,
    truncatedEnd: end < paragraph.length,
  };
}

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

/** Needles compiled once per query: one case-insensitive pattern each. */
export type NeedlePatterns = readonly RegExp[];

/** Compiles needles into patterns; whole-word needles only match between non-letters (CJK needles match anywhere). */
export function compileNeedles(needles: readonly Needle[]): NeedlePatterns {
  return needles
    .filter((needle) => needle.text.length > 0)
    .map((needle) => {
      const body = escapeRegExp(needle.text);
      const pattern = needle.wholeWord && !containsCjk(needle.text) ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body;
      return new RegExp(pattern, 'giu');
    });
}

/**
 * Every occurrence of the patterns in `text`, merged into sorted, non-overlapping ranges. Ranges separated only by
 * white space are merged too, so a matched phrase ("bias correction") is marked as one.
 */
export function findHighlights(text: string, patterns: NeedlePatterns): TextRange[] {
  const ranges: [number, number][] = [];
  for (const pattern of patterns) {
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

/** How many of the patterns occur in `text` (each counted once). */
export function countMatchingPatterns(text: string, patterns: NeedlePatterns): number {
  let count = 0;
  for (const pattern of patterns) {
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

/**
 * How text becomes search terms, for both languages at once (a Chinese chapter is full of English terms such as
 * "PPO", and an English one quotes Chinese model names).
 *
 * - Chinese (and Japanese kana) runs: every overlapping pair of characters (bigram), so any substring of two or more
 *   characters is found, plus the run's last character on its own, so a one-character query can find every
 *   character by prefix (all other characters start a bigram). Words of three or more characters from
 *   `Intl.Segmenter('zh', { granularity: 'word' })` are added too: they rank whole-word matches higher. (Shorter
 *   words are already there as bigrams or characters.)
 * - Other letters and digits: words, lower-cased, accents removed; words joined by `-`, `.` or `_` ("GPT-3", "0.316")
 *   are kept whole as well as split.
 *
 * The segmenter only ever sees one run of Chinese characters at a time (the text between two punctuation marks or
 * non-Chinese words), never a whole chapter: segmenting one 200,000-character string takes about a minute on Node 20.
 */

/** Characters that are written without spaces between words: Han, Hiragana, Katakana, and the iteration marks. */
const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々〇〻ー';
/** One character of a spaced word: a letter, digit or mark that is not CJK. */
const WORD_CHARACTER = `(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}\\p{M}])`;
/** Either a CJK run (group 1) or a spaced word, possibly joined by `-`, `.` or `_` (group 2). */
const SCRIPT_RUN = new RegExp(`([${CJK_CLASS}]+)|(${WORD_CHARACTER}+(?:[-._]${WORD_CHARACTER}+)*)`, 'gu');
const CJK_CHARACTER = new RegExp(`[${CJK_CLASS}]`, 'u');
const WORD_PART = new RegExp(`${WORD_CHARACTER}+`, 'gu');

/** Longest CJK run handed to the segmenter in one call (longer runs, which real text never has, are cut). */
const MAX_SEGMENT_LENGTH = 256;
/** Segmenter words shorter than this are not added: bigrams and single characters already cover them. */
const MIN_WORD_LENGTH = 3;

let segmenter: Intl.Segmenter | null | undefined;

/** The shared Chinese word segmenter, or null where `Intl.Segmenter` is missing (then bigrams alone are used). */
function chineseSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** True when `text` contains a Chinese or Japanese character. */
export function containsCjk(text: string): boolean {
  return CJK_CHARACTER.test(text);
}

/** Splits text into its CJK runs and spaced words, in order. */
export function scriptRuns(text: string): { text: string; cjk: boolean }[] {
  const runs: { text: string; cjk: boolean }[] = [];
  for (const match of text.matchAll(SCRIPT_RUN)) {
    if (match[1]) runs.push({ text: match[1], cjk: true });
    else if (match[2]) runs.push({ text: match[2], cjk: false });
  }
  return runs;
}

/** Overlapping pairs of characters of a CJK run ("近端策略" → 近端, 端策, 策略); a one-character run gives itself. */
export function cjkBigrams(run: string): string[] {
  const characters = [...run];
  if (characters.length < 2) return characters;
  const pairs: string[] = [];
  for (let index = 0; index + 1 < characters.length; index += 1) pairs.push(characters[index]! + characters[index + 1]!);
  return pairs;
}

/** Words of at least {@link MIN_WORD_LENGTH} characters that the Chinese segmenter finds in a CJK run. */
export function cjkWords(run: string): string[] {
  const words: string[] = [];
  const wordSegmenter = chineseSegmenter();
  if (!wordSegmenter || [...run].length < MIN_WORD_LENGTH) return words;
  for (let start = 0; start < run.length; start += MAX_SEGMENT_LENGTH) {
    for (const segment of wordSegmenter.segment(run.slice(start, start + MAX_SEGMENT_LENGTH))) {
      if (segment.isWordLike && [...segment.segment].length >= MIN_WORD_LENGTH) words.push(segment.segment);
    }
  }
  return words;
}

/** A spaced word and, when it is joined ("gpt-3"), its parts ("gpt", "3"). */
function wordTerms(word: string): string[] {
  const parts = word.match(WORD_PART) ?? [];
  return parts.length > 1 ? [word, ...parts] : [word];
}

/**
 * The index terms of a text, before {@link normaliseTerm}: for CJK runs bigrams, the last character and segmenter
 * words; for spaced words the word and its parts. Used as MiniSearch's `tokenize` when indexing.
 */
export function tokenizeForIndex(text: string): string[] {
  const terms: string[] = [];
  for (const run of scriptRuns(text)) {
    if (!run.cjk) {
      terms.push(...wordTerms(run.text));
      continue;
    }
    const characters = [...run.text];
    terms.push(...cjkBigrams(run.text));
    if (characters.length > 1) terms.push(characters[characters.length - 1]!);
    terms.push(...cjkWords(run.text));
  }
  return terms;
}

/**
 * Normalises one term for the index and for queries (MiniSearch's `processTerm`): compatibility forms folded
 * (full-width "ＧＰＴ" → "gpt", "₁" → "1"), lower case, and accents removed from non-CJK words ("naïve" → "naive").
 * Returns null for an empty term.
 */
export function normaliseTerm(term: string): string | null {
  const folded = term.normalize('NFKC').toLowerCase();
  const normalised = containsCjk(folded) ? folded : folded.normalize('NFD').replace(/\p{M}+/gu, '');
  return normalised.length > 0 ? normalised : null;
}

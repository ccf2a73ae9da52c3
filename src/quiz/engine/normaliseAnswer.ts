/**
 * Typed answers, read the way a reader means them. Readers type the same symbol in many ways: a Chinese input method
 * gives full-width letters, digits and punctuation (ＰＰＯ, ３, ，。), a phone keyboard gives − or – for a minus, and
 * "infinity" may be ∞, \infty or inf. Cloze blanks compare normalised text; numeric answers are read as numbers.
 */

/**
 * Look-alikes that Unicode compatibility folding (NFKC) leaves apart, mapped to the character readers mean:
 * dashes and the minus sign, ideographic full stop and comma, curly and corner quotes.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '\u2212': '-', // − minus sign
  '\u2010': '-', // ‐ hyphen
  '\u2011': '-', // ‑ non-breaking hyphen
  '\u2012': '-', // ‒ figure dash
  '\u2013': '-', // – en dash
  '\u2014': '-', // — em dash
  '\u2015': '-', // ― horizontal bar
  '\u3002': '.', // 。 ideographic full stop (NFKC also folds the half-width ｡ to it)
  '\u3001': ',', // 、 ideographic comma
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u300C': '"', // 「
  '\u300D': '"', // 」
  '\u300E': '"', // 『
  '\u300F': '"', // 』
};
const LOOK_ALIKE_PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'g');

/** Folds compatibility forms (full-width letters, digits and punctuation, ideographic space) and the look-alikes. */
function foldCharacters(text: string): string {
  return text.normalize('NFKC').replace(LOOK_ALIKE_PATTERN, (character) => LOOK_ALIKES[character] ?? character);
}

/**
 * Spaces that do not count: beside a Han character or CJK punctuation (Chinese text is written without spaces) and
 * beside punctuation (a full-width comma carries its own space; its ASCII twin is often typed with one).
 */
const QUIET = '\\p{Script=Han}\\u3000-\\u303F,.;:!?()"\'';
const QUIET_SPACE = new RegExp(`(?<=[${QUIET}]) | (?=[${QUIET}])`, 'gu');
/** Every spelling of infinity as a whole word: ∞, inf, infty (from \infty), infinity. */
const INFINITY = /(?<![a-z])(?:infinity|infty|inf)(?![a-z])/g;
/** Sentence punctuation at the end of a text answer ("回答。", "the reward model."). */
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

/**
 * Normalises a typed cloze answer so that harmless differences do not make it wrong: the character folding above,
 * surrounding spaces, letter case, runs of spaces, spaces beside Chinese characters and punctuation, the spelling of
 * infinity, and sentence punctuation at the end of a text blank. Inside a formula, backslashes, braces and every space
 * are dropped too, so `\beta_1^t`, `beta_1^t` and `\beta_{1}^{t}` compare equal, as do `-\infty`, `−∞` and `-inf`. Accepted answers
 * go through the same function at build time, so both sides fold alike. Idempotent.
 */
export function normaliseAnswer(text: string, inFormula: boolean): string {
  const folded = foldCharacters(text).toLowerCase().replace(/\s+/g, ' ').trim().replace(INFINITY, '∞');
  if (inFormula) return folded.replace(/[\\{}\s]/g, '');
  return folded.replace(QUIET_SPACE, '').replace(TRAILING_PUNCTUATION, '').trim();
}

/** A typed number: its value, or why it cannot be read (the reader is told and can fix it). */
export type TypedNumber =
  | { ok: true; value: number }
  | { ok: false; problem: 'not-a-number' | 'ambiguous-number' | 'number-with-unit' };

/** The number part (sign, digits with commas and full stops, perhaps a final full stop, an exponent), then the rest. */
const NUMBER_THEN_REST = /^([+-]?)([\d.,]*\d\.?)(e[+-]?\d+)?(.*)$/i;
/** What may follow a number as its unit: letters (GB, ms), Han characters (亿, 字节), %, ‰, °, µ. */
const UNIT = /^(?!e$)[\p{L}%‰°µ]+$/u;

/**
 * Reads a typed number in the forms readers of either locale type: plain or scientific notation, any minus sign,
 * full-width digits, spaces or commas grouping thousands (12,345,678 or 1,234.5), and a decimal comma where nothing
 * else is meant (0,841 or 3,14; 1.234,5). Refused, with the reason: text that is not a number, a number whose comma
 * could be either mark (1,000: one thousand in zh and en, one with a decimal comma), and a number with a unit.
 */
export function readTypedNumber(text: string): TypedNumber {
  const cleaned = foldCharacters(text).replace(/\s+/g, '');
  const match = NUMBER_THEN_REST.exec(cleaned);
  if (!match) return { ok: false, problem: 'not-a-number' };
  const [, sign = '', digits = '', exponent = '', rest = ''] = match;
  if (rest !== '') return { ok: false, problem: UNIT.test(rest) ? 'number-with-unit' : 'not-a-number' };
  const plain = plainDigits(digits);
  if (plain === 'ambiguous') return { ok: false, problem: 'ambiguous-number' };
  if (plain === undefined) return { ok: false, problem: 'not-a-number' };
  const value = Number(`${sign}${plain}${exponent}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'not-a-number' };
}

/** Digits with at most one decimal full stop, from digits grouped and marked in any of the accepted ways. */
function plainDigits(digits: string): string | 'ambiguous' | undefined {
  const commas = digits.split(',').length - 1;
  const stops = digits.split('.').length - 1;
  if (commas === 0 && stops <= 1) return digits;
  if (commas > 0 && stops > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands (1,234.5 or 1.234,5).
    const decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole = '', fraction = ''] = digits.split(decimal);
    if (digits.split(decimal).length !== 2 || !isGrouped(whole, group) || fraction.includes(group)) return undefined;
    return `${whole.replaceAll(group, '')}.${fraction}`;
  }
  const mark = commas > 0 ? ',' : '.';
  if ((commas > 0 ? commas : stops) > 1) return isGrouped(digits, mark) ? digits.replaceAll(mark, '') : undefined;
  // One comma alone: 1,000 may be one thousand or one; 0,841 and 3,14 can only be decimals.
  const [whole = '', fraction = ''] = digits.split(',');
  if (fraction.length === 3 && isGrouped(digits, ',')) return 'ambiguous';
  return `${whole}.${fraction}`;
}

/** True for digits grouped in threes by `mark` after a first group of one to three digits, not starting with 0. */
function isGrouped(digits: string, mark: ',' | '.'): boolean {
  const groups = digits.split(mark);
  const [first = ''] = groups;
  return /^[1-9]\d{0,2}$/.test(first) && groups.length > 1 && groups.slice(1).every((group) => /^\d{3}$/.test(group));
}

/**
 * The one number formatter of the Adam lab: table cells, readouts, axis ticks, announcements and the typeset
 * equations all go through it, so a number reads the same everywhere. Plain ASCII (a test or a screen reader can
 * read it back), never NaN or Infinity.
 */

/** Significant digits of table cells and readouts. */
export const TABLE_DIGITS = 6;

/** Magnitudes at or above this switch to exponent form: 123456 → 1.23456e+5. */
const LARGE = 1e5;
/** Magnitudes below this switch to exponent form: 0.000123 → 1.23e-4 (shorter, and an axis label fits). */
const SMALL = 1e-3;

/** What a non-finite value shows: the runs never hand one over (they stop first), so this is only a backstop. */
export const MISSING_TEXT = '—';

/**
 * `value` to at most `digits` significant digits with trailing zeros dropped: 0.9, -0.316228, 1.23e+5, 1e-8, 0.
 * Large (≥ 1e5) and small (< 1e-3) magnitudes use exponent form, JavaScript style (1.23e+5).
 */
export function formatNumber(value: number, digits = TABLE_DIGITS): string {
  if (!Number.isFinite(value)) return MISSING_TEXT;
  const rounded = Number(value.toPrecision(digits));
  if (rounded === 0) return '0';
  const magnitude = Math.abs(rounded);
  if (magnitude >= LARGE || magnitude < SMALL) {
    const [mantissa = '', exponent = ''] = rounded.toExponential(digits - 1).split('e');
    return `${trimZeros(mantissa)}e${exponent}`;
  }
  return String(rounded);
}

/** Drops trailing zeros after a decimal point: "1.2300" → "1.23", "2.000" → "2". */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** `value` as LaTeX through formatNumber: 1.23e+5 → 1.23\times10^{5}. Negative numbers get parentheses when `factor`. */
export function formatTex(value: number, { digits = TABLE_DIGITS, factor = false } = {}): string {
  const text = formatNumber(value, digits);
  if (text === MISSING_TEXT) return '\\text{--}';
  const [mantissa = text, exponent] = text.split('e');
  const tex = exponent === undefined ? mantissa : `${mantissa === '1' ? '' : `${mantissa}\\times`}10^{${Number(exponent)}}`;
  return factor && value < 0 ? `\\left(${tex}\\right)` : tex;
}

const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/**
 * A tick of a logarithmic axis, ±10^k, as a short label: 0.01, 0.1, 1, 10, 100 as numbers, other powers as 10⁻⁴ or
 * -10¹¹ (narrow enough for the axis margin). Any other value falls back to formatNumber.
 */
export function formatPowerOfTen(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return formatNumber(value);
  const exponent = Math.round(Math.log10(Math.abs(value)));
  if (Math.abs(Math.abs(value) / 10 ** exponent - 1) > 1e-9) return formatNumber(value);
  if (exponent >= -2 && exponent <= 2) return formatNumber(value);
  const power = `10${[...String(exponent)].map((character) => SUPERSCRIPT_DIGITS[character] ?? character).join('')}`;
  return value < 0 ? `-${power}` : power;
}

/**
 * The notebook's one number formatter: widget readouts, table cells, axis ticks, announcements and typeset formulas
 * go through it, so a number reads the same everywhere. Output is plain ASCII (a test or a screen reader can read it
 * back) and never "NaN" or "Infinity": a non-finite value shows MISSING_NUMBER.
 */

/** Significant digits of readouts and table cells unless a caller asks for others. */
export const DEFAULT_DIGITS = 6;

/** What a non-finite value shows. Widgets clamp or refuse bad values first; this is the backstop. */
export const MISSING_NUMBER = '—';

/** Magnitudes at or above this switch to exponent form: 123456 → 1.23456e+5. */
const LARGE = 1e5;
/** Magnitudes below this switch to exponent form: 0.000123 → 1.23e-4. */
const SMALL = 1e-3;

/**
 * `value` to at most `digits` significant digits, trailing zeros dropped: 0.9, -0.316228, 1.23e+5, 1e-8, 0.
 * Large (≥ 1e5) and small (< 1e-3) magnitudes use exponent form, JavaScript style (1.23e+5, 4.73e-4). `large` moves
 * the first threshold: a value the reader typed (a probe at x = 250000) may read better written out
 * (`{ large: Infinity }`).
 */
export function formatNumber(value: number, digits = DEFAULT_DIGITS, { large = LARGE } = {}): string {
  if (!Number.isFinite(value)) return MISSING_NUMBER;
  const rounded = Number(value.toPrecision(digits));
  if (rounded === 0) return '0';
  const magnitude = Math.abs(rounded);
  if (magnitude >= large || magnitude < SMALL) {
    const [mantissa = '', exponent = ''] = rounded.toExponential(digits - 1).split('e');
    return `${trimZeros(mantissa)}e${exponent}`;
  }
  return String(rounded);
}

/** `value` to exactly `decimals` places, for columns that line up (probabilities 0.659, 0.242): never "-0.000". */
export function formatFixed(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return MISSING_NUMBER;
  const text = value.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text;
}

/**
 * A count as a whole number with a comma between each group of three digits: 1000 → "1,000", 100000 → "100,000"
 * (sample counts, draws). The same in both languages: Chinese text writes counts this way too.
 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return MISSING_NUMBER;
  const whole = Math.round(value);
  const grouped = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return whole < 0 ? `-${grouped}` : grouped;
}

/** A share of 1 as a percentage with `decimals` places: 0.2534 → "25.3%". */
export function formatPercent(value: number, decimals = 1): string {
  if (!Number.isFinite(value)) return MISSING_NUMBER;
  return `${formatFixed(value * 100, decimals)}%`;
}

/**
 * `value` to exactly `digits` significant digits, trailing zeros kept, for readouts whose digits line up as the value
 * moves: 0.500000, 0.841345, -3.54687e-8, 1.00000e+6. Exponent form as Number.prototype.toPrecision chooses it (below
 * 1e-6 and from 10^digits up), written JavaScript style like formatNumber's.
 */
export function formatSignificant(value: number, digits = DEFAULT_DIGITS): string {
  if (!Number.isFinite(value)) return MISSING_NUMBER;
  if (value === 0) return '0';
  return value.toPrecision(digits);
}

/**
 * `value` always in exponent form with `digits` significant digits, for sizes compared by their order of magnitude
 * (approximation errors): 4.73e-4, 2.03e-2; with `signed`, positive values get a plus sign: +4.45e-3.
 */
export function formatScientific(value: number, { digits = 3, signed = false } = {}): string {
  if (!Number.isFinite(value)) return MISSING_NUMBER;
  if (value === 0) return '0';
  const text = value.toExponential(digits - 1);
  return signed && value > 0 ? `+${text}` : text;
}

const SUPERSCRIPT_DIGITS: Readonly<Record<string, string>> = {
  '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
};

/**
 * A tick of a logarithmic axis, ±10^k, as a short label: 0.01, 0.1, 1, 10, 100 as numbers, other powers as 10⁻⁴ or
 * -10¹¹ (narrow enough for an axis margin). Any other value falls back to formatNumber.
 */
export function formatPowerOfTen(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return formatNumber(value);
  const exponent = Math.round(Math.log10(Math.abs(value)));
  if (Math.abs(Math.abs(value) / 10 ** exponent - 1) > 1e-9) return formatNumber(value);
  if (exponent >= -2 && exponent <= 2) return formatNumber(value);
  const power = `10${[...String(exponent)].map((character) => SUPERSCRIPT_DIGITS[character] ?? character).join('')}`;
  return value < 0 ? `-${power}` : power;
}

/**
 * `value` as LaTeX: 1.23e+5 → 1.23\times10^{5}, 1e-8 → 10^{-8}. Digits as formatNumber writes them (`large` as
 * there), or, with `keepZeros`, as formatSignificant does (0.500000). With `factor`, a negative number gets
 * parentheses, so that 2·(−0.5) does not read as 2·−0.5.
 */
export function formatTex(
  value: number,
  { digits = DEFAULT_DIGITS, factor = false, keepZeros = false, large = LARGE } = {},
): string {
  const text = keepZeros ? formatSignificant(value, digits) : formatNumber(value, digits, { large });
  if (text === MISSING_NUMBER) return '\\text{--}';
  const [mantissa = text, exponent] = text.split('e');
  const tex = exponent === undefined ? mantissa : `${mantissa === '1' ? '' : `${mantissa}\\times`}10^{${Number(exponent)}}`;
  return factor && value < 0 ? `\\left(${tex}\\right)` : tex;
}

/** Drops trailing zeros after a decimal point: "1.2300" → "1.23", "2.000" → "2". */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/**
 * How the lab writes numbers: readouts to 6 significant digits in plain ASCII (so a test or a screen reader can read
 * them back), short forms for labels, and LaTeX for the typeset formula. Never NaN or Infinity on screen.
 */

/** Significant digits of the probe's readouts. */
export const READOUT_DIGITS = 6;

/** What a non-finite value shows instead of "NaN"; the math never produces one for |x| ≤ 1e6, this is a backstop. */
const NOT_A_NUMBER_TEXT = '–';

/** `value` to `digits` significant digits, trailing zeros kept: 0.841345, 0.500000, -3.54687e-8, 1.00000e6. */
export function formatSignificant(value: number, digits = READOUT_DIGITS): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER_TEXT;
  if (value === 0) return '0';
  return value.toPrecision(digits).replace('e+', 'e');
}

/** `value` to at most `digits` significant digits, trailing zeros dropped: 1, -0.7518, 4.73e-4, 1000000. */
export function formatCompact(value: number, digits = READOUT_DIGITS): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER_TEXT;
  const rounded = Number(value.toPrecision(digits));
  if (rounded === 0) return '0';
  const magnitude = Math.abs(rounded);
  if (magnitude < 1e-3) return rounded.toExponential().replace('e+', 'e');
  return String(rounded);
}

/** A positive size in scientific notation with `digits` significant digits: 4.73e-4, 2.03e-2. */
export function formatScientific(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER_TEXT;
  if (value === 0) return '0';
  return value.toExponential(digits - 1).replace('e+', 'e');
}

/** An error value with its sign and 3 significant digits: +1.53e-4, -2.03e-2, 0. */
export function formatError(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER_TEXT;
  if (value === 0) return '0';
  return (value > 0 ? '+' : '') + value.toExponential(2).replace('e+', 'e');
}

/** `value` as LaTeX with `digits` significant digits: 0.841345, -3.54687\times10^{-8}. Zero is 0. */
export function latexNumber(value: number, digits = READOUT_DIGITS, trimZeros = false): string {
  if (!Number.isFinite(value)) return '\\text{--}';
  if (value === 0) return '0';
  const text = trimZeros ? formatCompact(value, digits) : value.toPrecision(digits);
  const [mantissa = text, exponent] = text.split('e');
  return exponent === undefined ? mantissa : `${mantissa}\\times10^{${Number(exponent)}}`;
}

/** A LaTeX factor: negative numbers in parentheses, so that 1·(−0.5) does not read as 1·−0.5. */
export function latexFactor(value: number, digits = READOUT_DIGITS, trimZeros = false): string {
  const text = latexNumber(value, digits, trimZeros);
  return value < 0 ? `\\left(${text}\\right)` : text;
}

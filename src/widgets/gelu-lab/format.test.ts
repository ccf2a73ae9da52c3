import { describe, expect, it } from 'vitest';
import { formatCompact, formatError, formatScientific, formatSignificant, latexFactor, latexNumber } from './format.ts';

describe('formatSignificant (readouts)', () => {
  it.each([
    [0.8413447460685429, '0.841345'],
    [0.5, '0.500000'],
    [1.083315470587686, '1.08332'],
    [-0.004049694094890284, '-0.00404969'],
    [-3.5468709453902015e-8, '-3.54687e-8'],
    [1e6, '1.00000e6'],
    [0, '0'],
    [-0, '0'],
  ])('%d → %s', (value, text) => {
    expect(formatSignificant(value)).toBe(text);
  });

  it('never shows NaN or Infinity', () => {
    expect(formatSignificant(Number.NaN)).toBe('–');
    expect(formatSignificant(Number.POSITIVE_INFINITY)).toBe('–');
  });
});

describe('short forms', () => {
  it('drops trailing zeros and switches to exponents below 1e-3', () => {
    expect(formatCompact(1)).toBe('1');
    expect(formatCompact(-0.7517915246935645, 4)).toBe('-0.7518');
    expect(formatCompact(0.000473235520687285, 3)).toBe('4.73e-4');
    expect(formatCompact(-1e6)).toBe('-1000000');
  });

  it('writes errors with a sign and magnitudes in scientific notation', () => {
    expect(formatError(-1.5347e-4)).toBe('-1.53e-4');
    expect(formatError(4.4511e-3)).toBe('+4.45e-3');
    expect(formatScientific(0.0203348722092392)).toBe('2.03e-2');
    expect(formatScientific(0.000473235520687285)).toBe('4.73e-4');
  });
});

describe('LaTeX numbers', () => {
  it('writes exponents as powers of ten and keeps the digits', () => {
    expect(latexNumber(0.8413447460685429)).toBe('0.841345');
    expect(latexNumber(-3.5468709453902015e-8)).toBe('-3.54687\\times10^{-8}');
    expect(latexNumber(1, 6, true)).toBe('1');
  });

  it('puts negative factors in parentheses', () => {
    expect(latexFactor(-0.5, 6, true)).toBe('\\left(-0.5\\right)');
    expect(latexFactor(2, 6, true)).toBe('2');
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatFixed,
  formatNumber,
  formatPercent,
  formatPowerOfTen,
  formatScientific,
  formatSignificant,
  formatTex,
  MISSING_NUMBER,
} from './formatNumber.ts';

describe('formatNumber', () => {
  it.each([
    [0.9000000005, '0.9'],
    [-0.316227766016838, '-0.316228'],
    [123456, '1.23456e+5'],
    [1e-8, '1e-8'],
    [4.73235520687285e-4, '4.73236e-4'],
    [0, '0'],
    [-0, '0'],
    [1e-20, '1e-20'],
  ])('writes %s as %s', (value, text) => expect(formatNumber(value)).toBe(text));

  it('takes fewer digits on request', () => expect(formatNumber(0.6590011388859679, 3)).toBe('0.659'));

  it.each([NaN, Infinity, -Infinity])('never shows %s', (value) => {
    expect(formatNumber(value)).toBe(MISSING_NUMBER);
    expect(formatFixed(value, 2)).toBe(MISSING_NUMBER);
    expect(formatPercent(value)).toBe(MISSING_NUMBER);
  });
});

describe('fixed and percent forms', () => {
  it('pads to the places asked and never writes -0', () => {
    expect(formatFixed(0.5, 3)).toBe('0.500');
    expect(formatFixed(-0.0001, 3)).toBe('0.000');
    expect(formatPercent(0.25344)).toBe('25.3%');
  });
});

describe('formatTex', () => {
  it('writes exponents as powers of ten and brackets negative factors', () => {
    expect(formatTex(1.23e5)).toBe('1.23\\times10^{5}');
    expect(formatTex(1e-8)).toBe('10^{-8}');
    expect(formatTex(-0.5, { factor: true })).toBe('\\left(-0.5\\right)');
    expect(formatTex(NaN)).toBe('\\text{--}');
  });
});

describe('formatNumber, as the Adam lab’s table shows its numbers', () => {
  it('rounds to six significant digits, drops trailing zeros and reads back within that precision', () => {
    expect(formatNumber(0.507963659264342)).toBe('0.507964');
    expect(formatNumber(361.980990513262)).toBe('361.981');
    expect(formatNumber(99_999.9)).toBe('99999.9');
    // Rounding can push a value over the threshold: 99999.97 → 1e+5.
    expect(formatNumber(99_999.97)).toBe('1e+5');
    expect(formatNumber(-6.2e14)).toBe('-6.2e+14');
    expect(formatNumber(0.00123)).toBe('0.00123');
    for (const value of [Math.PI, -Math.E * 1e7, 1 / 3e6, 4.2e-11, 7]) {
      expect(Math.abs(Number(formatNumber(value)) - value)).toBeLessThanOrEqual(5e-6 * Math.abs(value));
    }
  });
});

describe('formatSignificant (readouts whose digits line up)', () => {
  it.each([
    [0.8413447460685429, '0.841345'],
    [0.5, '0.500000'],
    [1.083315470587686, '1.08332'],
    [-0.004049694094890284, '-0.00404969'],
    [-3.5468709453902015e-8, '-3.54687e-8'],
    [1e6, '1.00000e+6'],
    [0, '0'],
    [-0, '0'],
  ])('writes %s as %s', (value, text) => expect(formatSignificant(value)).toBe(text));

  it('never shows NaN or Infinity', () => expect(formatSignificant(NaN)).toBe(MISSING_NUMBER));
});

describe('formatScientific (sizes compared by magnitude)', () => {
  it('always uses an exponent, with a sign on request', () => {
    expect(formatScientific(0.0203348722092392)).toBe('2.03e-2');
    expect(formatScientific(0.000473235520687285)).toBe('4.73e-4');
    expect(formatScientific(-1.5347e-4, { signed: true })).toBe('-1.53e-4');
    expect(formatScientific(4.4511e-3, { signed: true })).toBe('+4.45e-3');
    expect(formatScientific(0, { signed: true })).toBe('0');
    expect(formatScientific(Infinity)).toBe(MISSING_NUMBER);
  });
});

describe('formatPowerOfTen (log-axis ticks)', () => {
  it('labels powers of ten briefly and anything else as formatNumber does', () => {
    expect([1e-4, 0.01, 1, 100, 1e3, -1e11, 0].map(formatPowerOfTen)).toEqual(['10⁻⁴', '0.01', '1', '100', '10³', '-10¹¹', '0']);
    expect(formatPowerOfTen(3)).toBe('3');
    expect(formatPowerOfTen(NaN)).toBe(MISSING_NUMBER);
  });
});

describe('formatTex with kept zeros', () => {
  it('keeps the readouts’ digits in typeset formulas', () => {
    expect(formatTex(0.5, { keepZeros: true })).toBe('0.500000');
    expect(formatTex(-3.5468709453902015e-8, { keepZeros: true })).toBe('-3.54687\\times10^{-8}');
    expect(formatTex(-0.5, { digits: 6, factor: true })).toBe('\\left(-0.5\\right)');
    expect(formatTex(1, { keepZeros: false })).toBe('1');
    expect(formatTex(2, { factor: true })).toBe('2');
  });
});

describe('a later switch to exponent form for large values', () => {
  it('writes values the reader typed out in full when asked, small ones still in exponent form', () => {
    expect(formatNumber(250000, 6, { large: Infinity })).toBe('250000');
    expect(formatNumber(-1e6, 6, { large: Infinity })).toBe('-1000000');
    expect(formatNumber(0.000473, 3, { large: Infinity })).toBe('4.73e-4');
    expect(formatTex(250000, { large: Infinity })).toBe('250000');
    expect(formatTex(-250000, { large: Infinity, factor: true })).toBe('\\left(-250000\\right)');
  });
});

describe('formatCount', () => {
  it('groups the digits of whole counts in threes', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(100000)).toBe('100,000');
    expect(formatCount(-1234567)).toBe('-1,234,567');
    expect(formatCount(12.6)).toBe('13');
    expect(formatCount(Number.NaN)).toBe(MISSING_NUMBER);
  });
});

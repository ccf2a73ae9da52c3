import { describe, expect, it } from 'vitest';
import { formatNumber, formatPowerOfTen, formatTex, MISSING_TEXT } from './format.ts';

describe('formatNumber', () => {
  it('rounds to six significant digits and drops trailing zeros', () => {
    expect(formatNumber(0.9000000005)).toBe('0.9');
    expect(formatNumber(0.507963659264342)).toBe('0.507964');
    expect(formatNumber(-0.31622771601684596)).toBe('-0.316228');
    expect(formatNumber(361.980990513262)).toBe('361.981');
    expect(formatNumber(2)).toBe('2');
  });

  it('writes large and small magnitudes readably in exponent form', () => {
    expect(formatNumber(123_456.7)).toBe('1.23457e+5');
    expect(formatNumber(1.23e5)).toBe('1.23e+5');
    expect(formatNumber(-6.2e14)).toBe('-6.2e+14');
    expect(formatNumber(1e-8)).toBe('1e-8');
    expect(formatNumber(0.0000123)).toBe('1.23e-5');
    expect(formatNumber(0.000123)).toBe('1.23e-4');
    expect(formatNumber(0.00123)).toBe('0.00123');
    expect(formatNumber(99_999.9)).toBe('99999.9');
    // Rounding can push a value over the threshold: 99999.97 → 1e+5.
    expect(formatNumber(99_999.97)).toBe('1e+5');
  });

  it('never shows NaN, Infinity or a negative zero', () => {
    expect(formatNumber(Number.NaN)).toBe(MISSING_TEXT);
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe(MISSING_TEXT);
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(1e-30, 3)).toBe('1e-30');
  });

  it('reads back within the precision it shows', () => {
    for (const value of [Math.PI, -Math.E * 1e7, 1 / 3e6, 4.2e-11, 7]) {
      expect(Math.abs(Number(formatNumber(value)) - value)).toBeLessThanOrEqual(5e-6 * Math.abs(value));
    }
  });
});

describe('formatPowerOfTen', () => {
  it('labels log-axis ticks briefly', () => {
    expect([1e-4, 0.01, 1, 100, 1e3, -1e11, 0].map(formatPowerOfTen)).toEqual(['10⁻⁴', '0.01', '1', '100', '10³', '-10¹¹', '0']);
    expect(formatPowerOfTen(3)).toBe('3');
  });
});

describe('formatTex', () => {
  it('turns exponents into powers of ten and parenthesises negative factors', () => {
    expect(formatTex(1.23e5)).toBe('1.23\\times10^{5}');
    expect(formatTex(1e-8)).toBe('10^{-8}');
    expect(formatTex(-0.5, { factor: true })).toBe('\\left(-0.5\\right)');
    expect(formatTex(-0.5)).toBe('-0.5');
    expect(formatTex(Number.NaN)).toBe('\\text{--}');
  });
});

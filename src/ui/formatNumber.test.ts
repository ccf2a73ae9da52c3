import { describe, expect, it } from 'vitest';
import { formatFixed, formatNumber, formatPercent, formatTex, MISSING_NUMBER } from './formatNumber.ts';

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

import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAnswer, parseTypedNumber } from './normaliseAnswer.ts';

describe('normaliseAnswer', () => {
  it('trims, folds case and collapses spaces in text', () => {
    expect(normaliseAnswer('  Reward   Model ', false)).toBe('reward model');
  });

  it('treats full-width letters typed with a Chinese input method like ASCII', () => {
    expect(normaliseAnswer('ＰＰＯ', false)).toBe('ppo');
  });

  it('keeps backslashes and braces in text blanks', () => {
    expect(normaliseAnswer('a {b}', false)).toBe('a {b}');
  });

  it('drops backslashes, braces and every space in formula blanks', () => {
    const forms = ['\\beta_1^t', 'beta_1^t', '\\beta_{1}^{t}', ' \\beta _ 1 ^ t '];
    expect(new Set(forms.map((form) => normaliseAnswer(form, true)))).toEqual(new Set(['beta_1^t']));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (text, inFormula) => {
        const once = normaliseAnswer(text, inFormula);
        expect(normaliseAnswer(once, inFormula)).toBe(once);
      }),
    );
  });
});

describe('parseTypedNumber', () => {
  it.each([
    ['0.841', 0.841],
    [' -2 ', -2],
    ['\u22120.5', -0.5],
    ['1e-3', 0.001],
    ['.5', 0.5],
    ['0,841', 0.841],
    ['３', 3],
  ])('reads %j as %d', (text, value) => {
    expect(parseTypedNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '1/2', '1e999', '1,000.5', '--1', '0x10', 'NaN', 'Infinity'])('refuses %j', (text) => {
    expect(parseTypedNumber(text)).toBeUndefined();
  });

  it('reads back every finite number it prints', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseTypedNumber(String(value))).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

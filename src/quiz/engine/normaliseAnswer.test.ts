import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAnswer, readTypedNumber } from './normaliseAnswer.ts';

/** True when every form normalises to the same text. */
const allEqual = (forms: readonly string[], inFormula: boolean) => new Set(forms.map((form) => normaliseAnswer(form, inFormula))).size === 1;

describe('normaliseAnswer', () => {
  it('trims, folds case and collapses spaces in text', () => {
    expect(normaliseAnswer('  Reward   Model ', false)).toBe('reward model');
  });

  it('treats full-width letters and digits typed with a Chinese input method like ASCII', () => {
    expect(normaliseAnswer('ＰＰＯ', false)).toBe('ppo');
    expect(normaliseAnswer('ＧＰＴ－３', false)).toBe('gpt-3');
  });

  it('keeps backslashes and braces in text blanks', () => {
    expect(normaliseAnswer('a {b}', false)).toBe('a {b}');
  });

  it('drops backslashes, braces and every space in formula blanks', () => {
    expect(allEqual(['\\beta_1^t', 'beta_1^t', '\\beta_{1}^{t}', ' \\beta _ 1 ^ t '], true)).toBe(true);
    expect(normaliseAnswer('\\beta_{1}^{t}', true)).toBe('beta_1^t');
  });

  it('reads every spelling of minus infinity alike, in a formula and in text', () => {
    const forms = ['-\\infty', '-∞', '\u2212∞', '\u2212\\infty', '-inf', '- inf', '-Infinity', '－∞', '\u2013∞', '-{\\infty}'];
    expect(allEqual(forms, true)).toBe(true);
    expect(normaliseAnswer('\u2212\\infty', true)).toBe('-∞');
    expect(allEqual(['-∞', '−∞', '-inf', '-infinity', '－∞'], false)).toBe(true);
    expect(normaliseAnswer('+∞', true)).not.toBe(normaliseAnswer('-∞', true));
  });

  it('leaves words that merely contain "inf" alone', () => {
    expect(normaliseAnswer('information', false)).toBe('information');
    expect(normaliseAnswer('\\inf_x', true)).toBe('∞_x'); // \inf (infimum) is not in any blank; noted, not wanted.
  });

  it('folds minus signs and dashes to a hyphen', () => {
    expect(allEqual(['m-hat', 'm\u2212hat', 'm\u2013hat', 'm\u2010hat', 'm－hat'], false)).toBe(true);
  });

  it('reads full-width and ideographic punctuation in Chinese answers like its ASCII twin', () => {
    expect(allEqual(['奖励模型，PPO', '奖励模型,PPO', '奖励模型、PPO', '奖励模型 , PPO'], false)).toBe(true);
    expect(allEqual(['（回答）', '(回答)'], false)).toBe(true);
    expect(allEqual(['“回答”', '"回答"', '「回答」'], false)).toBe(true);
    expect(normaliseAnswer('回答：部分', false)).toBe(normaliseAnswer('回答:部分', false));
  });

  it('ignores spaces beside Chinese characters, which Chinese text does not use', () => {
    expect(allEqual(['奖励模型', '奖励 模型', ' 奖 励 模 型 '], false)).toBe(true);
    expect(allEqual(['PPO 算法', 'PPO算法', 'ＰＰＯ算法'], false)).toBe(true);
    expect(normaliseAnswer('reward model', false)).toBe('reward model'); // English keeps its one space.
  });

  it('ignores sentence punctuation at the end of a text answer', () => {
    expect(allEqual(['回答', '回答。', '回答.', 'Answer!'.replace('Answer', '回答')], false)).toBe(true);
    expect(normaliseAnswer('the reward model.', false)).toBe('the reward model');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), (text, inFormula) => {
        const once = normaliseAnswer(text, inFormula);
        expect(normaliseAnswer(once, inFormula)).toBe(once);
      }),
    );
  });
});

describe('readTypedNumber', () => {
  it.each([
    ['0.841', 0.841],
    [' -2 ', -2],
    ['\u22120.5', -0.5],
    ['\u20130.5', -0.5],
    ['1e-3', 0.001],
    ['2.5E3', 2500],
    ['.5', 0.5],
    ['5.', 5],
    ['３', 3],
    ['０．８４１', 0.841],
    ['0。841', 0.841], // A Chinese input method types 。 for the full stop key.
    ['0,841', 0.841], // A decimal comma: a thousands group never starts with 0.
    ['0，841', 0.841],
    ['3,14', 3.14],
    [',5', 0.5],
    ['1234,567', 1234.567], // Four digits before the comma: not a thousands group.
    ['12,345,678', 12345678], // More than one comma can only group thousands.
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1 000 000', 1000000],
    ['1\u202f000', 1000],
  ])('reads %j as %d', (text, value) => {
    expect(readTypedNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['1,000', '12,345', '-1,500', '１，０００'])('asks which mark is meant in %j (one thousand, or one with a decimal comma)', (text) => {
    expect(readTypedNumber(text)).toEqual({ ok: false, problem: 'ambiguous-number' });
  });

  it.each(['3.1 GB', '3.1GB', '45%', '112 ГБ', '6.5 亿', '10ms'])('asks for the number without its unit in %j', (text) => {
    expect(readTypedNumber(text)).toEqual({ ok: false, problem: 'number-with-unit' });
  });

  it.each(['', 'abc', '1/2', '1e999', '1,23.4', '1,234,56', '1.2.3', '1,2,3.4.5', '--1', '0x10', 'NaN', 'Infinity', '2e', '-'])(
    'refuses %j',
    (text) => {
      expect(readTypedNumber(text)).toEqual({ ok: false, problem: 'not-a-number' });
    },
  );

  it('reads back every finite number as JavaScript prints it', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(readTypedNumber(String(value))).toEqual({ ok: true, value: value === 0 ? 0 : value });
      }),
    );
  });

  it('reads numbers as English and Chinese readers write them, grouped or not, unless one comma is ambiguous', () => {
    const formats = ['en', 'zh'].map((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }));
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom(...formats), (value, format) => {
        const text = format.format(value);
        const expected = Number(text.replaceAll(',', '').replace('\u2212', '-'));
        const oneCommaNoDecimals = /^-?\d{1,3},\d{3}$/.test(text);
        expect(readTypedNumber(text)).toEqual(oneCommaNoDecimals ? { ok: false, problem: 'ambiguous-number' } : { ok: true, value: expected });
      }),
    );
  });

  it('reads a decimal comma as written in German or French, where it cannot be a thousands group', () => {
    const german = new Intl.NumberFormat('de', { minimumFractionDigits: 1, maximumFractionDigits: 6, useGrouping: false });
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value) => {
        const text = german.format(value);
        const fraction = text.split(',')[1] ?? '';
        const couldBeGroup = fraction.length === 3 && /^-?[1-9]\d{0,2},/.test(text);
        const expected = { ok: true, value: Number(text.replace(',', '.').replace('\u2212', '-')) };
        expect(readTypedNumber(text)).toEqual(couldBeGroup ? { ok: false, problem: 'ambiguous-number' } : expected);
      }),
    );
  });
});

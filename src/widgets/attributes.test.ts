import { describe, expect, it } from 'vitest';
import {
  booleanAttribute,
  choiceAttribute,
  choiceListAttribute,
  formatLimit,
  numberAttribute,
  numberListAttribute,
  wordListAttribute,
} from './attributes.ts';

/** The first issue's message of a failed parse, or the parsed value. */
function parse(schema: { safeParse: (value: unknown) => { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } }, text: string) {
  const result = schema.safeParse(text);
  return result.success ? { value: result.data } : { message: result.error!.issues[0]!.message };
}

describe('formatLimit', () => {
  it.each([
    [1000, '1000'],
    [1e6, '1e6'],
    [1e-5, '1e-5'],
    [0, '0'],
    [-50, '-50'],
  ])('writes %s as %s', (limit, text) => expect(formatLimit(limit)).toBe(text));
});

describe('numberAttribute', () => {
  const lr = numberAttribute('lr', { min: 1e-5, max: 100 });
  it('parses numbers in range, exponent forms included', () => {
    expect(parse(lr, '0.1')).toEqual({ value: 0.1 });
    expect(parse(lr, '1e-3')).toEqual({ value: 0.001 });
    expect(parse(lr, '100')).toEqual({ value: 100 });
  });
  it.each(['', ' ', 'abc', 'NaN', 'Infinity', '101', '0'])('refuses %j in the house style', (text) => {
    expect(parse(lr, text)).toEqual({ message: `lr must be a number from 1e-5 to 100, got '${text}'` });
  });
  it('refuses fractions for whole numbers and the minimum itself when it is open', () => {
    const steps = numberAttribute('steps', { min: 1, max: 10 }, { integer: true });
    expect(parse(steps, '2.5')).toEqual({ message: "steps must be a whole number from 1 to 10, got '2.5'" });
    const beta = numberAttribute('beta', { min: 0, max: 10 }, { openMin: true, reason: 'β divides the reward' });
    expect(parse(beta, '0')).toEqual({ message: "beta must be a number above 0 and at most 10, got '0': β divides the reward" });
    expect(parse(beta, '0.01')).toEqual({ value: 0.01 });
  });
  it('refuses the maximum itself when it is open, and keeps the minimum', () => {
    const beta1 = numberAttribute('beta1', { min: 0, max: 1 }, { openMax: true });
    expect(parse(beta1, '1')).toEqual({ message: "beta1 must be a number at least 0 and below 1, got '1'" });
    expect(parse(beta1, '0')).toEqual({ value: 0 });
    expect(parse(beta1, '0.999999')).toEqual({ value: 0.999999 });
    const both = numberAttribute('p', { min: 0, max: 1 }, { openMin: true, openMax: true });
    expect(parse(both, '0')).toEqual({ message: "p must be a number above 0 and below 1, got '0'" });
  });
});

describe('booleanAttribute', () => {
  const flag = booleanAttribute('mask');
  it('reads true, false and a bare attribute', () => {
    expect(parse(flag, 'true')).toEqual({ value: true });
    expect(parse(flag, '')).toEqual({ value: true });
    expect(parse(flag, 'false')).toEqual({ value: false });
    expect(parse(flag, 'yes')).toEqual({ message: "mask must be true or false, got 'yes'" });
  });
});

describe('choice attributes', () => {
  it('takes one of the choices', () => {
    const mode = choiceAttribute('mode', ['exact', 'sampled']);
    expect(parse(mode, 'exact')).toEqual({ value: 'exact' });
    expect(parse(mode, 'noisy')).toEqual({ message: "mode must be one of exact, sampled, got 'noisy'" });
  });
  it('returns lists in the order of the choices, without repeats, and names unknown entries', () => {
    const curves = choiceListAttribute('curves', ['gelu', 'relu', 'erf']);
    expect(parse(curves, 'erf, gelu,erf')).toEqual({ value: ['gelu', 'erf'] });
    expect(parse(curves, 'gelu,tanh')).toEqual({
      message: "curves must be a comma-separated list of gelu, relu, erf, got 'gelu,tanh': unknown: 'tanh'",
    });
    expect(parse(curves, '')).toEqual({ message: "curves must be a comma-separated list of gelu, relu, erf, got ''" });
  });
});

describe('list attributes', () => {
  const logits = numberListAttribute('logits', { min: 2, max: 8 }, { min: -50, max: 50 });
  it('parses numbers and checks their count and range', () => {
    expect(parse(logits, '2, 1,0.1')).toEqual({ value: [2, 1, 0.1] });
    const allowed = 'logits must be 2 to 8 comma-separated numbers from -50 to 50';
    expect(parse(logits, '1')).toEqual({ message: `${allowed}, got '1'` });
    expect(parse(logits, '1,,2')).toEqual({ message: `${allowed}, got '1,,2'` });
    expect(parse(logits, '1,99')).toEqual({ message: `${allowed}, got '1,99'` });
  });
  it('splits on another separator', () => {
    const row = numberListAttribute('row', { min: 2, max: 2 }, { min: 0, max: 9 }, { separator: ';', integer: true });
    expect(parse(row, '1;2')).toEqual({ value: [1, 2] });
    expect(parse(row, '1;2.5')).toEqual({ message: "row must be 2 ';'-separated whole numbers from 0 to 9, got '1;2.5'" });
  });
  it('reads words, counting characters rather than UTF-16 units', () => {
    const tokens = wordListAttribute('tokens', { min: 3, max: 8 }, 4);
    expect(parse(tokens, '我, 爱,猫')).toEqual({ value: ['我', '爱', '猫'] });
    expect(parse(tokens, 'a,b')).toEqual({ message: "tokens must be 3 to 8 comma-separated words of 1 to 4 characters, got 'a,b'" });
    expect(parse(tokens, 'a,,b')).toEqual({ message: "tokens must be 3 to 8 comma-separated words of 1 to 4 characters, got 'a,,b'" });
  });
});

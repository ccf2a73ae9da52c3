import { describe, expect, it } from 'vitest';
import { clozeBlanks, ClozeSyntaxError, joinCloze, parseCloze } from './cloze.ts';

describe('parseCloze', () => {
  it('finds blanks in text and in formulas, numbered in reading order', () => {
    const pieces = parseCloze('Adam divides $m_t$ by $1-[[\\beta_1^t|beta_1^t|β1^t]]$ and calls it [[m-hat|m̂]].');
    expect(clozeBlanks(pieces)).toEqual([
      { number: 1, alternatives: ['\\beta_1^t', 'beta_1^t', 'β1^t'], inFormula: true },
      { number: 2, alternatives: ['m-hat', 'm̂'], inFormula: false },
    ]);
  });

  it('gives back the text unchanged when every blank is put back', () => {
    const text = 'a $x=[[1]]$ b [[c | d]] e \\$ [[f]]';
    const pieces = parseCloze(text);
    expect(joinCloze(pieces, (blank) => `[[${blank.alternatives.join(' | ')}]]`)).toBe(
      'a $x=[[1]]$ b [[c | d]] e \\$ [[f]]',
    );
  });

  it('does not open a formula at an escaped dollar', () => {
    const blanks = clozeBlanks(parseCloze('costs \\$5 or [[six]] dollars'));
    expect(blanks[0]?.inFormula).toBe(false);
  });

  it('refuses an unclosed blank and a blank without answer', () => {
    expect(() => parseCloze('x [[a')).toThrow(ClozeSyntaxError);
    expect(() => parseCloze('x [[ | ]]')).toThrow(/blank 1 has no answer/);
  });
});

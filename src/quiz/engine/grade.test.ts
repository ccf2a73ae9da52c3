import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grade } from './grade.ts';
import { normaliseAnswer } from './normaliseAnswer.ts';
import type { ClozeQuestion, Question } from './types.ts';

const common = { promptHtml: 'p', explainHtml: 'e' };
const single: Question = { ...common, id: 's', type: 'single', optionsHtml: ['a', 'b', 'c'], answer: 2 };
const multiple: Question = { ...common, id: 'm', type: 'multiple', optionsHtml: ['a', 'b', 'c'], answer: [0, 2] };
const truefalse: Question = { ...common, id: 't', type: 'truefalse', answer: false };
const order: Question = { ...common, id: 'o', type: 'order', itemsHtml: ['SFT', 'RM', 'PPO'] };
const numeric: Question = { ...common, id: 'n', type: 'numeric', answer: 0.841, tolerance: 0.0005 };
const cloze: ClozeQuestion = {
  ...common,
  id: 'c',
  type: 'cloze',
  textHtml: '',
  solutionHtml: '',
  blanks: [
    { number: 1, inFormula: true, accepted: ['beta_1^t', 'β1^t'] },
    { number: 2, inFormula: false, accepted: ['m-hat', 'm̂'] },
  ],
};
const recall: Question = { ...common, id: 'r', type: 'recall', answerHtml: 'a' };

const right = { status: 'graded', correct: true };
const wrong = { status: 'graded', correct: false };

describe('grade', () => {
  it('single: the right index only', () => {
    expect(grade(single, { type: 'single', option: 2 })).toEqual(right);
    expect(grade(single, { type: 'single', option: 0 })).toEqual(wrong);
    expect(grade(single, { type: 'single', option: undefined })).toEqual({ status: 'invalid', problem: 'no-choice' });
  });

  it('multiple: exactly the right set, in any order', () => {
    expect(grade(multiple, { type: 'multiple', options: [2, 0] })).toEqual(right);
    expect(grade(multiple, { type: 'multiple', options: [0] })).toEqual(wrong);
    expect(grade(multiple, { type: 'multiple', options: [0, 1, 2] })).toEqual(wrong);
    expect(grade(multiple, { type: 'multiple', options: [] })).toEqual({ status: 'invalid', problem: 'no-choice' });
  });

  it('truefalse', () => {
    expect(grade(truefalse, { type: 'truefalse', value: false })).toEqual(right);
    expect(grade(truefalse, { type: 'truefalse', value: true })).toEqual(wrong);
    expect(grade(truefalse, { type: 'truefalse', value: undefined })).toEqual({ status: 'invalid', problem: 'no-choice' });
  });

  it('order: only the author order', () => {
    expect(grade(order, { type: 'order', order: [0, 1, 2] })).toEqual(right);
    expect(grade(order, { type: 'order', order: [1, 0, 2] })).toEqual(wrong);
    expect(grade(order, { type: 'order', order: [0, 1] })).toEqual(wrong);
  });

  it('order: identical items may swap', () => {
    const twins: Question = { ...common, id: 'o2', type: 'order', itemsHtml: ['x', 'y', 'x'] };
    expect(grade(twins, { type: 'order', order: [2, 1, 0] })).toEqual(right);
  });

  it('numeric: within the absolute tolerance, inclusive', () => {
    expect(grade(numeric, { type: 'numeric', text: '0.841' })).toEqual(right);
    expect(grade(numeric, { type: 'numeric', text: '0.8413' })).toEqual(right);
    expect(grade(numeric, { type: 'numeric', text: '0.8405' })).toEqual(right);
    expect(grade(numeric, { type: 'numeric', text: '0.8404' })).toEqual(wrong);
    expect(grade(numeric, { type: 'numeric', text: '0.85' })).toEqual(wrong);
  });

  it('numeric: refuses what is not a number rather than marking it wrong', () => {
    for (const text of ['', 'abc', 'zero point eight']) {
      expect(grade(numeric, { type: 'numeric', text })).toEqual({ status: 'invalid', problem: 'not-a-number' });
    }
  });

  it('numeric: reads a decimal comma and full-width digits, and asks about an ambiguous comma or a unit', () => {
    const memory: Question = { ...common, id: 'gb', type: 'numeric', answer: 3.1, tolerance: 0.2 };
    for (const text of ['3.1', '3,1', '３．１', '3。1', '2,95']) expect(grade(memory, { type: 'numeric', text })).toEqual(right);
    expect(grade(memory, { type: 'numeric', text: '3.1 GB' })).toEqual({ status: 'invalid', problem: 'number-with-unit' });
    const thousands: Question = { ...common, id: 'k', type: 'numeric', answer: 1000, tolerance: 0 };
    expect(grade(thousands, { type: 'numeric', text: '1,000' })).toEqual({ status: 'invalid', problem: 'ambiguous-number' });
    expect(grade(thousands, { type: 'numeric', text: '1 000' })).toEqual(right);
  });

  it('numeric: every value within the tolerance is right, every value beyond it wrong', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.999, max: 0.999, noNaN: true }), (fraction) => {
        const value = 0.841 + fraction * 0.0005;
        expect(grade(numeric, { type: 'numeric', text: String(value) })).toEqual(right);
        const beyond = 0.841 + Math.sign(fraction || 1) * (0.0005 * (1.01 + Math.abs(fraction)));
        expect(grade(numeric, { type: 'numeric', text: String(beyond) })).toEqual(wrong);
      }),
    );
  });

  it('cloze: any listed alternative, after normalising, with per-blank results', () => {
    expect(grade(cloze, { type: 'cloze', blanks: ['\\beta_{1}^{t}', ' M-Hat '] })).toEqual({
      status: 'graded',
      correct: true,
      blanksCorrect: [true, true],
    });
    expect(grade(cloze, { type: 'cloze', blanks: ['β1^t', 'm̂'] })).toMatchObject({ correct: true });
    expect(grade(cloze, { type: 'cloze', blanks: ['beta_2^t', 'm-hat'] })).toEqual({
      status: 'graded',
      correct: false,
      blanksCorrect: [false, true],
    });
  });

  it('cloze: spaces inside a text blank matter, inside a formula blank they do not', () => {
    expect(grade(cloze, { type: 'cloze', blanks: ['beta _1 ^t', 'm - hat'] })).toMatchObject({ blanksCorrect: [true, false] });
  });

  it('cloze: an empty blank is a problem to fix, not a wrong answer', () => {
    expect(grade(cloze, { type: 'cloze', blanks: ['beta_1^t', '  '] })).toEqual({ status: 'invalid', problem: 'empty-blank' });
    expect(grade(cloze, { type: 'cloze', blanks: ['beta_1^t'] })).toEqual({ status: 'invalid', problem: 'empty-blank' });
  });

  it('cloze: minus infinity typed any way a reader would, as parseQuiz normalised the accepted answers', () => {
    const mask: ClozeQuestion = {
      ...cloze,
      blanks: [{ number: 1, inFormula: true, accepted: [normaliseAnswer('-\\infty', true), normaliseAnswer('−∞', true)] }],
    };
    for (const typed of ['-\\infty', '−∞', '-∞', '-inf', '－∞', '– ∞', '-Infinity']) {
      expect(grade(mask, { type: 'cloze', blanks: [typed] })).toMatchObject({ correct: true });
    }
    expect(grade(mask, { type: 'cloze', blanks: ['+∞'] })).toMatchObject({ correct: false });
    expect(grade(mask, { type: 'cloze', blanks: ['0'] })).toMatchObject({ correct: false });
  });

  it('recall: right unless the reader rates Again', () => {
    expect(grade(recall, { type: 'recall', rating: 1 })).toEqual(wrong);
    for (const rating of [2, 3, 4] as const) expect(grade(recall, { type: 'recall', rating })).toEqual(right);
  });

  it('refuses a response of another type', () => {
    expect(grade(single, { type: 'truefalse', value: true })).toEqual({ status: 'invalid', problem: 'wrong-type' });
  });
});

import { describe, expect, it } from 'vitest';
import { reviseResponse } from './questionRevisions.ts';

describe('reviseResponse', () => {
  const moved = { options: [2, 0, null, 1] };
  it('moves a single choice to where its option stands now', () => {
    expect(reviseResponse({ type: 'single', option: 0 }, moved)).toEqual({ type: 'single', option: 2 });
    expect(reviseResponse({ type: 'single', option: 3 }, moved)).toEqual({ type: 'single', option: 1 });
  });
  it('keeps a choice whose option was replaced as recorded, and names no option for it', () => {
    expect(reviseResponse({ type: 'single', option: 2 }, moved)).toEqual({ type: 'single', asRecorded: { type: 'single', option: 2 } });
    expect(reviseResponse({ type: 'multiple', options: [0, 2, 3] }, moved)).toEqual({
      type: 'multiple',
      options: [1, 2],
      asRecorded: { type: 'multiple', options: [0, 2, 3] },
    });
  });
  it('moves multiple choices and sorts them', () => {
    expect(reviseResponse({ type: 'multiple', options: [0, 1] }, moved)).toEqual({ type: 'multiple', options: [0, 2] });
  });
  it('flips a true/false answer to a negated statement, and nothing else', () => {
    expect(reviseResponse({ type: 'truefalse', value: false }, { negated: true })).toEqual({ type: 'truefalse', value: true });
    expect(reviseResponse({ type: 'truefalse', value: false }, moved)).toEqual({ type: 'truefalse', value: false });
  });
  it('leaves responses of unrevised questions alone', () => {
    const response = { type: 'single', option: 1 };
    expect(reviseResponse(response, undefined)).toBe(response);
  });
});

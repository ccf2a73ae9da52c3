import { describe, expect, it } from 'vitest';
import * as engine from './index.ts';

describe('quiz engine public surface', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'QUESTION_REVISIONS', 'QUESTION_TYPES', 'RATING', 'RATINGS', 'buildCards', 'currentQuestion', 'dueCards', 'grade', 'isDue',
      'masteryOf', 'nextDueAfter', 'normaliseAnswer', 'presentationOrder', 'ratingFor', 'readTypedNumber',
      'reviewRecordSchema', 'reviseResponse', 'scheduler', 'seededPermutation', 'selectQueue',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import * as engine from './index.ts';

describe('quiz engine public surface', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(engine).sort()).toEqual([
      'QUESTION_TYPES', 'RATING', 'RATINGS', 'buildCards', 'dueCards', 'grade', 'isDue', 'masteryOf',
      'nextDueAfter', 'normaliseAnswer', 'parseTypedNumber', 'ratingFor', 'reviewRecordSchema', 'scheduler',
      'selectQueue', 'shuffledOrder',
    ]);
  });
});

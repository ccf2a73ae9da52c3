import { describe, expect, it } from 'vitest';
import { masteryOf } from './mastery.ts';
import { buildCards } from './schedule.ts';

const at = '2025-03-01T09:00:00.000Z';
const later = '2025-03-05T09:00:00.000Z';

describe('masteryOf', () => {
  it('counts the questions whose last review was right', () => {
    const cards = buildCards([
      { id: '1', questionId: 'a', rating: 1, correct: false, answeredAt: at },
      { id: '2', questionId: 'a', rating: 3, correct: true, answeredAt: later },
      { id: '3', questionId: 'b', rating: 3, correct: true, answeredAt: at },
      { id: '4', questionId: 'b', rating: 1, correct: false, answeredAt: later },
      { id: '5', questionId: 'elsewhere', rating: 3, correct: true, answeredAt: at },
    ]);
    expect(masteryOf(['a', 'b', 'c', 'a'], cards)).toEqual({ total: 3, answered: 2, rightAtLastReview: 1, share: 1 / 3 });
  });

  it('is zero, not NaN, for a chapter without questions', () => {
    expect(masteryOf([], new Map()).share).toBe(0);
  });
});

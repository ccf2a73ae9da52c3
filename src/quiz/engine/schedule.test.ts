import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewRecord } from './reviewRecord.ts';
import { buildCards, dueCards, isDue, nextDueAfter, ratingFor } from './schedule.ts';
import { RATING, type ReviewRating } from './types.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const start = new Date('2025-03-01T09:00:00.000Z');

/** A clock the test moves by hand, as the components receive it. */
function testClock(at: Date) {
  let current = at.getTime();
  return { now: () => new Date(current), advance: (milliseconds: number) => (current += milliseconds) };
}

let counter = 0;
function review(questionId: string, at: Date, rating: ReviewRating, extra: Partial<ReviewRecord> = {}): ReviewRecord {
  counter += 1;
  return { id: `r${counter}`, questionId, rating, correct: rating !== RATING.again, answeredAt: at.toISOString(), ...extra };
}

describe('scheduling', () => {
  it('a wrong answer is due again within minutes', () => {
    const clock = testClock(start);
    const cards = buildCards([review('q', clock.now(), ratingFor(false))]);
    const wait = (cards.get('q')?.card.due.getTime() ?? 0) - start.getTime();
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * MINUTE_MS);
    clock.advance(wait);
    expect(dueCards(cards, clock.now()).map((state) => state.questionId)).toEqual(['q']);
  });

  it('a right answer is due after days, later for Easy than for Good, sooner for Hard', () => {
    const waitFor = (rating: ReviewRating) =>
      (buildCards([review('q', start, ratingFor(true, rating))]).get('q')?.card.due.getTime() ?? 0) - start.getTime();
    expect(waitFor(RATING.good)).toBeGreaterThanOrEqual(DAY_MS);
    expect(waitFor(RATING.easy)).toBeGreaterThan(waitFor(RATING.good));
    expect(waitFor(RATING.hard)).toBeLessThan(waitFor(RATING.good));
  });

  it('a right answer is not due the next hour but is after the interval', () => {
    const clock = testClock(start);
    const cards = buildCards([review('q', clock.now(), RATING.good)]);
    clock.advance(60 * MINUTE_MS);
    expect(dueCards(cards, clock.now())).toEqual([]);
    expect(nextDueAfter(cards, clock.now())).toEqual(cards.get('q')?.card.due);
    clock.advance(30 * DAY_MS);
    expect(isDue(cards.get('q')!, clock.now())).toBe(true);
  });

  it('rates Again whenever the answer is wrong, and never Again when it is right', () => {
    expect(ratingFor(false, RATING.easy)).toBe(RATING.again);
    expect(ratingFor(true)).toBe(RATING.good);
    expect(ratingFor(true, RATING.again)).toBe(RATING.good);
    expect(ratingFor(true, RATING.hard)).toBe(RATING.hard);
  });

  it('an amendment replaces the rating of the review it amends', () => {
    const first = review('q', start, RATING.good);
    const amended = buildCards([first, review('q', start, RATING.easy, { amends: first.id })]);
    const direct = buildCards([review('q', start, RATING.easy)]);
    expect(amended.get('q')?.card.due).toEqual(direct.get('q')?.card.due);
    expect(amended.get('q')?.reviewCount).toBe(1);
  });

  it('a lapse after days of success brings the card back within minutes', () => {
    const later = new Date(start.getTime() + 10 * DAY_MS);
    const cards = buildCards([review('q', start, RATING.good), review('q', later, RATING.again)]);
    const state = cards.get('q');
    expect(state?.lastCorrect).toBe(false);
    expect(state?.card.lapses).toBe(1);
    expect((state?.card.due.getTime() ?? 0) - later.getTime()).toBeLessThanOrEqual(15 * MINUTE_MS);
  });

  it('the cards do not depend on the order in which the log is read', () => {
    const arbitraryLog = fc.array(
      fc.record({
        question: fc.constantFrom('a', 'b', 'c'),
        offsetMinutes: fc.integer({ min: 0, max: 60 * 24 * 60 }),
        rating: fc.constantFrom(...([1, 2, 3, 4] as const)),
      }),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(
        arbitraryLog.chain((entries) => fc.tuple(fc.constant(entries), fc.shuffledSubarray([...entries.keys()], { minLength: entries.length }))),
        ([entries, permutation]) => {
          const log = entries.map((entry, position) =>
            review(entry.question, new Date(start.getTime() + entry.offsetMinutes * MINUTE_MS), entry.rating, {
              id: `id-${position}`,
            }),
          );
          const shuffled = permutation.map((position) => log[position] as ReviewRecord);
          expect(buildCards(shuffled)).toEqual(buildCards(log));
        },
      ),
    );
  });

  it('orders due cards most overdue first and can keep only known questions', () => {
    const cards = buildCards([
      review('late', start, RATING.again),
      review('early', new Date(start.getTime() - DAY_MS), RATING.again),
    ]);
    const later = new Date(start.getTime() + DAY_MS);
    expect(dueCards(cards, later).map((state) => state.questionId)).toEqual(['early', 'late']);
    expect(dueCards(cards, later, new Set(['late'])).map((state) => state.questionId)).toEqual(['late']);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { currentQuestion, type RetiredTable } from './retired.ts';
import { RETIRED_QUESTIONS } from './retiredQuestions.ts';
import type { ReviewRecord } from './reviewRecord.ts';
import { buildCards, dueCards, nextDueAfter } from './schedule.ts';

// Made-up retired ids, so these tests hold whatever the notebook's own list (retiredQuestions.ts) says.
const RETIRED: RetiredTable = {
  'made-up-old-order': { replacedBy: 'made-up-new-order', note: 'duplicate of the stage order' },
  'made-up-older': { replacedBy: 'made-up-old-order', note: 'retired twice' },
  'made-up-gone': { note: 'removed without a replacement' },
  'made-up-loop-a': { replacedBy: 'made-up-loop-b', note: 'a mistake' },
  'made-up-loop-b': { replacedBy: 'made-up-loop-a', note: 'a mistake' },
};

const review = (id: string, questionId: string, day: number, rating: 1 | 3 = 3): ReviewRecord => ({
  id,
  questionId,
  rating,
  correct: rating === 3,
  answeredAt: new Date(Date.UTC(2025, 2, day, 9)).toISOString(),
});

describe('currentQuestion', () => {
  it('leaves a live question alone', () => {
    expect(currentQuestion('gelu-at-1', RETIRED)).toEqual({ id: 'gelu-at-1', retired: false });
  });

  it('follows replacements to the question that exists today', () => {
    expect(currentQuestion('made-up-old-order', RETIRED)).toEqual({ id: 'made-up-new-order', retired: false });
    expect(currentQuestion('made-up-older', RETIRED)).toEqual({ id: 'made-up-new-order', retired: false });
  });

  it('marks a question retired without a replacement, and a loop in the table, as retired', () => {
    expect(currentQuestion('made-up-gone', RETIRED)).toEqual({ id: 'made-up-gone', retired: true });
    expect(currentQuestion('made-up-loop-a', RETIRED).retired).toBe(true);
  });

  it('does not mistake names of Object.prototype for retired ids', () => {
    expect(currentQuestion('constructor', RETIRED)).toEqual({ id: 'constructor', retired: false });
    expect(currentQuestion('__proto__', RETIRED)).toEqual({ id: '__proto__', retired: false });
  });
});

describe('cards of retired questions', () => {
  it('carry the history of a replaced question over to its replacement, in time order with its own', () => {
    const log = [
      review('1', 'made-up-older', 1, 1),
      review('2', 'made-up-old-order', 2),
      review('3', 'made-up-new-order', 10, 1),
    ];
    const cards = buildCards(log, RETIRED);
    expect([...cards.keys()]).toEqual(['made-up-new-order']);
    const state = cards.get('made-up-new-order');
    expect(state).toMatchObject({ retired: false, reviewCount: 3, lastCorrect: false });
    // The same card as if every review had been saved under the new id.
    const renamed = buildCards(log.map((record) => ({ ...record, questionId: 'made-up-new-order' })), RETIRED);
    expect(state?.card).toEqual(renamed.get('made-up-new-order')?.card);
  });

  it('keep a question retired without a replacement readable, but never due', () => {
    const cards = buildCards([review('1', 'made-up-gone', 1, 1)], RETIRED);
    const state = cards.get('made-up-gone');
    expect(state).toMatchObject({ retired: true, reviewCount: 1, lastCorrect: false });
    const muchLater = new Date(Date.UTC(2026, 0, 1));
    expect(dueCards(cards, muchLater)).toEqual([]);
    expect(nextDueAfter(cards, new Date(Date.UTC(2025, 2, 1)))).toBeUndefined();
    // Without the table it is an ordinary question, due after its 10-minute step.
    expect(dueCards(buildCards([review('1', 'made-up-gone', 1, 1)], {}), muchLater)).toHaveLength(1);
  });

  it('apply amendments of a retired question’s reviews too', () => {
    const first = review('1', 'made-up-old-order', 1);
    const amendment = { ...review('2', 'made-up-old-order', 1), rating: 4 as const, amends: '1' };
    expect(buildCards([first, amendment], RETIRED).get('made-up-new-order')?.reviewCount).toBe(1);
  });
});

describe('the notebook’s list of retired questions', () => {
  /** Every question id in the chapters of a locale, read from the `:::quiz` blocks' YAML. */
  function chapterQuestionIds(locale: string): Set<string> {
    const folder = join(import.meta.dirname, '..', '..', '..', 'content', locale);
    const ids = new Set<string>();
    for (const name of readdirSync(folder).filter((file) => /^\d{2}-[a-z0-9-]+\.md$/.test(file))) {
      const source = readFileSync(join(folder, name), 'utf8');
      for (const [, body] of source.matchAll(/^:::quiz\n([\s\S]*?)^:::\s*$/gm)) {
        for (const question of parseYaml(body ?? '') as { id: string }[]) ids.add(question.id);
      }
    }
    return ids;
  }

  it('names no question that is still asked, and replaces each retired one with a question that exists', () => {
    for (const locale of ['zh', 'en']) {
      const live = chapterQuestionIds(locale);
      expect(live.size).toBeGreaterThan(100);
      const stillAsked = Object.keys(RETIRED_QUESTIONS).filter((id) => live.has(id));
      expect(stillAsked, `retired but still in content/${locale}`).toEqual([]);
      const brokenReplacements = Object.entries(RETIRED_QUESTIONS)
        .filter(([, entry]) => entry.replacedBy !== undefined)
        .map(([id]) => ({ id, current: currentQuestion(id) }))
        .filter(({ current }) => current.retired || !live.has(current.id));
      expect(brokenReplacements, `replaced by a question that is not in content/${locale}`).toEqual([]);
    }
  });
});

/**
 * Where the history of a question id belongs today. The review log is never rewritten: a review of a retired question
 * keeps the id it was saved with, and this lookup, applied whenever cards are built (after a migration, an import, or
 * a list of retired questions that grew since), carries it over to the question that replaced it, or marks it as
 * retired: still in the log and in every export, never due.
 */
import { RETIRED_QUESTIONS, type RetiredQuestion } from './retiredQuestions.ts';

/** Retired question ids and what became of them (RETIRED_QUESTIONS in the notebook; a made-up table in tests). */
export type RetiredTable = Readonly<Record<string, RetiredQuestion>>;

/** The id a question's history counts for, and whether that question is retired (asked no more). */
export interface CurrentQuestion {
  id: string;
  retired: boolean;
}

/**
 * Follows `replacedBy` from `questionId` to a question that still exists: A → B → C gives C. An id retired without a
 * replacement (or a chain that loops back on itself, a mistake in the table) stays where it is, marked retired.
 */
export function currentQuestion(questionId: string, retired: RetiredTable = RETIRED_QUESTIONS): CurrentQuestion {
  const seen = new Set<string>();
  let id = questionId;
  // Own properties only: an id such as "constructor" must not find Object.prototype's.
  while (Object.hasOwn(retired, id)) {
    const next = retired[id]?.replacedBy;
    seen.add(id);
    if (next === undefined || seen.has(next)) return { id, retired: true };
    id = next;
  }
  return { id, retired: false };
}

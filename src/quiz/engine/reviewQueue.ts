/**
 * Which questions a review session asks. The bank lists every question of every chapter (built at build time);
 * the reader's cards say which are due.
 */
import { dueCards, type CardState } from './schedule.ts';
import type { Question } from './types.ts';

/** One question of the bank, with where it lives. */
export interface QuizBankEntry {
  /** Chapter slug without its number, e.g. "gelu". */
  chapter: string;
  chapterTitle: string;
  /** Anchor of the `##` section the quiz follows; undefined for a quiz before the first section. */
  section: string | undefined;
  sectionTitle: string | undefined;
  question: Question;
}

/** Every question of the notebook, per locale (the same ids in both). */
export type QuizBank = Record<'zh' | 'en', QuizBankEntry[]>;

/** What a review session asks: every due question, or every question of a chapter or of a section. */
export type ReviewMode =
  | { kind: 'due' }
  | { kind: 'chapter'; chapter: string }
  | { kind: 'section'; chapter: string; section: string };

/**
 * The questions of a session, in asking order. Due mode: every due question still in the bank, most overdue first.
 * Chapter and section modes: every question there, in reading order, whether due or not.
 */
export function selectQueue(
  entries: readonly QuizBankEntry[],
  mode: ReviewMode,
  cards: ReadonlyMap<string, CardState>,
  now: Date,
): QuizBankEntry[] {
  if (mode.kind === 'due') {
    const byId = new Map(entries.map((entry) => [entry.question.id, entry]));
    return dueCards(cards, now, new Set(byId.keys())).map((state) => byId.get(state.questionId) as QuizBankEntry);
  }
  return entries.filter(
    (entry) => entry.chapter === mode.chapter && (mode.kind === 'chapter' || entry.section === mode.section),
  );
}

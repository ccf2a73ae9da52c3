/**
 * Questions that were once in the notebook and are no longer: removed as duplicates, or merged into another question.
 * A reader's stored history may still name them; the progress migration (src/storage) uses this list so that such
 * history is either carried over to the question that replaced it (`replacedBy`) or kept aside as retired, never left
 * pointing at nothing. Entries are never deleted: a reader may import a file exported years ago.
 */
export interface RetiredQuestion {
  /** The id of the question that now asks the same thing, if any (same in both locales). */
  replacedBy?: string;
  /** Why it was retired, for maintainers (not shown to readers). */
  note: string;
}

/** Every retired question id, with what became of it. Filled in by whoever removes a question from a chapter. */
export const RETIRED_QUESTIONS: Readonly<Record<string, RetiredQuestion>> = {};

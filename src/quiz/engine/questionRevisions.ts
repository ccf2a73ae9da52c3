/**
 * Questions whose options or key were revised while keeping their id, and how an answer recorded before the revision
 * reads afterwards. Responses name options by authored index (see reviewRecord.ts), so when an author reorders or
 * replaces options, an old response would point at a different option; when a true/false statement is rewritten as
 * its negation, an old `false` would now mean the opposite. The progress migration (src/storage/schema.ts,
 * migrateReviewV2) applies this table to every response saved before it, in the database and in imported files.
 *
 * The table holds the rewrite of the chapters' quizzes in December 2026 (schema version 3): keys were rebalanced so
 * that answer positions and true/false no longer give the answer away (issue #20). Entries are never deleted.
 */
export interface QuestionRevision {
  /**
   * For single- and multiple-choice questions: where each option of the earlier version stands now, by its earlier
   * authored index; `null` when that option was replaced by a different statement and has no counterpart.
   */
  options?: readonly (number | null)[];
  /** For true/false questions: the statement was rewritten as its negation, so an earlier answer flips. */
  negated?: true;
}

/** Every revised question, by id. Identity reorders (options appended at the end) need no entry. */
export const QUESTION_REVISIONS: Readonly<Record<string, QuestionRevision>> = {
  // Options reordered so that the keys no longer sit mostly second.
  'overview-release-date': { options: [2, 0, 1, 3] },
  'overview-alignment-meaning': { options: [0, 3, 1, 2] },
  'overview-next-token': { options: [1, 0, 2, 3] },
  'overview-note-sources': { options: [0, 3, 1, 2] },
  'overview-1-5b': { options: [0, 2, 1, 3] },
  'architecture-embedding-lookup': { options: [0, 3, 1, 2] },
  'architecture-tied-output': { options: [1, 0, 2, 3] },
  'architecture-temperature': { options: [2, 0, 1, 3] },
  'rlhf-sft-data': { options: [2, 0, 1, 3] },
  'rlhf-rm-head': { options: [0, 3, 1, 2] },
  'rlhf-kl-purpose': { options: [1, 0, 2, 3] },
  'gelu-where-in-gpt': { options: [0, 3, 1, 2] },
  'loss-conditioning': { options: [0, 3, 1, 2] },
  'loss-rm-feedback': { options: [0, 2, 1, 3] },
  'adam-rmsprop-divides': { options: [2, 0, 1, 3] },
  'adam-gpt3-beta2': { options: [0, 3, 1, 2] },
  'alternatives-shared-recipe': { options: [0, 3, 1, 2] },
  'alternatives-bard-name': { options: [1, 0, 2, 3] },
  'alternatives-vicuna-what': { options: [0, 2, 1, 3] },
  'alternatives-vicuna-90': { options: [0, 3, 1, 2] },
  'alternatives-chatglm-team': { options: [1, 0, 2, 3] },
  'build-your-own-licence': { options: [0, 3, 1, 2] },
  'build-your-own-rm-loss': { options: [2, 0, 1, 3] },
  'build-your-own-tools-fsdp': { options: [3, 0, 1, 2] },
  'build-your-own-alignment-share': { options: [1, 0, 2, 3] },
  'build-your-own-summary-bottleneck': { options: [2, 0, 1] },
  // Multiple choice: an option inserted, or a right option replaced by a wrong one so that the number of right
  // options varies (the replaced statement has no counterpart).
  'overview-uses': { options: [0, 1, 2, 4] },
  'overview-undisclosed': { options: [0, null, 2, 3, 4] },
  'rlhf-why-rank': { options: [0, null, 1, 2] },
  'rlhf-rl-elements': { options: [0, 1, 2, null] },
  'gelu-derivative-facts': { options: [0, null, 2, 3] },
  'adam-stability-sources': { options: [0, 1, null, 3, 2] },
  'alternatives-chatglm-which': { options: [0, 1, 2, null] },
  // True/false myths rewritten as the true statement.
  'overview-base-models': { negated: true },
  'overview-multiturn': { negated: true },
  'architecture-positions-tf': { negated: true },
  'rlhf-score-shift': { negated: true },
  'gelu-monotonic': { negated: true },
  'loss-sft-why': { negated: true },
  'loss-rl-maximize': { negated: true },
  'adam-step-size-constant': { negated: true },
  'alternatives-open-caveat': { negated: true },
  'alternatives-bard-drafts': { negated: true },
};

/**
 * A response recorded before `revision`, as it reads now. Chosen options move to where they stand now; a chosen option
 * that was replaced cannot move, so the response keeps the options that can, and the answer exactly as recorded under
 * `asRecorded` (nothing is dropped). A negated true/false answer flips. Other responses come back unchanged.
 */
export function reviseResponse(response: Record<string, unknown>, revision: QuestionRevision | undefined): Record<string, unknown> {
  if (!revision) return response;
  if (revision.negated && response.type === 'truefalse' && typeof response.value === 'boolean') {
    return { ...response, value: !response.value };
  }
  const map = revision.options;
  if (!map) return response;
  const move = (index: unknown): number | null => (typeof index === 'number' ? (map[index] ?? null) : null);
  if (response.type === 'single' && typeof response.option === 'number') {
    const moved = move(response.option);
    if (moved !== null) return { ...response, option: moved };
    const { option: _replaced, ...rest } = response;
    return { ...rest, asRecorded: response };
  }
  if (response.type === 'multiple' && Array.isArray(response.options)) {
    const moved = response.options.map(move);
    const kept = moved.filter((index): index is number => index !== null).sort((left, right) => left - right);
    return kept.length === moved.length ? { ...response, options: kept } : { ...response, options: kept, asRecorded: response };
  }
  return response;
}

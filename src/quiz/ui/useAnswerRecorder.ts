import { useCallback, useState } from 'react';
import { StorageWriteError } from '../../storage/index.ts';
import type { QuizResponse, ReviewRating, ReviewRecord } from '../engine/index.ts';
import { useClock, useReviewStoreGetter } from './reviewStoreContext.ts';

/** Where saving one answer stands. */
export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; record: ReviewRecord }
  | { status: 'failed'; reason: 'quota' | 'failed' }
  | { status: 'preview' };

/**
 * Saves answers to the review log. `record` appends a review; `changeRating` appends an amendment that replaces the
 * saved review's rating (the log is never rewritten). With `save` false (a preview) nothing is written.
 */
export function useAnswerRecorder(questionId: string, save: boolean) {
  const store = useReviewStoreGetter();
  const now = useClock();
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  const append = useCallback(
    async (rating: ReviewRating, correct: boolean, response: unknown, amended?: ReviewRecord) => {
      if (!save) {
        setState({ status: 'preview' });
        return;
      }
      setState({ status: 'saving' });
      try {
        const record = await store().append({
          questionId,
          rating,
          correct,
          // A JSON copy: drops undefined fields, which the log's schema does not accept.
          response: JSON.parse(JSON.stringify(response)) as ReviewRecord['response'],
          // An amendment keeps the original answer time: it changes how the answer was rated, not when.
          answeredAt: amended ? new Date(amended.answeredAt) : now(),
          ...(amended ? { amends: amended.id } : {}),
        });
        setState({ status: 'saved', record });
      } catch (error) {
        setState({ status: 'failed', reason: error instanceof StorageWriteError ? error.kind : 'failed' });
      }
    },
    [now, questionId, save, store],
  );

  const record = useCallback(
    (rating: ReviewRating, correct: boolean, response: QuizResponse) => append(rating, correct, response),
    [append],
  );
  const changeRating = useCallback(
    (rating: ReviewRating) => {
      if (state.status !== 'saved') return Promise.resolve();
      const saved = state.record;
      return append(rating, saved.correct, saved.response ?? null, saved);
    },
    [append, state],
  );
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, record, changeRating, reset };
}

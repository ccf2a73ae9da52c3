import { useCallback, useRef, useState } from 'react';
import { StorageWriteError } from '../../storage/index.ts';
import type { QuizResponse, ReviewRating, ReviewRecord } from '../engine/index.ts';
import { useClock, useReviewStoreGetter } from './reviewStoreContext.ts';

/** Where saving one answer stands. */
export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; record: ReviewRecord }
  | { status: 'failed'; reason: StorageWriteError['kind'] }
  | { status: 'preview' };

/**
 * Saves answers to the review log. `record` appends a review; `changeRating` makes the log agree with the rating the
 * reader picks afterwards by appending an amendment of the latest saved record (the log is never rewritten). A change
 * made while a save is still running is applied right after it. With `save` false (a preview) nothing is written.
 */
export function useAnswerRecorder(questionId: string, save: boolean) {
  const store = useReviewStoreGetter();
  const now = useClock();
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  /** The rating the reader wants now, and the record that holds the rating saved so far. */
  const wanted = useRef<ReviewRating | undefined>(undefined);
  const saved = useRef<ReviewRecord | undefined>(undefined);
  const busy = useRef(false);

  const write = useCallback(
    async (append: () => Promise<ReviewRecord>): Promise<boolean> => {
      try {
        saved.current = await append();
        setState({ status: 'saved', record: saved.current });
        return true;
      } catch (error) {
        setState({ status: 'failed', reason: error instanceof StorageWriteError ? error.kind : 'failed' });
        return false;
      }
    },
    [],
  );

  /** Appends amendments until the saved rating is the wanted one. */
  const settle = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      while (saved.current && wanted.current !== undefined && saved.current.rating !== wanted.current) {
        const previous = saved.current;
        const rating = wanted.current;
        const ok = await write(() =>
          store().append({
            questionId,
            rating,
            correct: previous.correct,
            ...(previous.response === undefined ? {} : { response: previous.response }),
            // An amendment keeps the original answer time: it changes how the answer was rated, not when.
            answeredAt: new Date(previous.answeredAt),
            amends: previous.id,
          }),
        );
        if (!ok) break;
      }
    } finally {
      busy.current = false;
    }
  }, [questionId, store, write]);

  const record = useCallback(
    async (rating: ReviewRating, correct: boolean, response: QuizResponse) => {
      wanted.current = rating;
      saved.current = undefined;
      if (!save) {
        setState({ status: 'preview' });
        return;
      }
      setState({ status: 'saving' });
      busy.current = true;
      try {
        await write(() =>
          store().append({
            questionId,
            rating,
            correct,
            // A JSON copy: drops undefined fields, which the log's schema does not accept.
            response: JSON.parse(JSON.stringify(response)) as ReviewRecord['response'],
            answeredAt: now(),
          }),
        );
      } finally {
        busy.current = false;
      }
      await settle();
    },
    [now, questionId, save, settle, store, write],
  );

  const changeRating = useCallback(
    (rating: ReviewRating) => {
      wanted.current = rating;
      return settle();
    },
    [settle],
  );

  const reset = useCallback(() => {
    wanted.current = undefined;
    saved.current = undefined;
    setState({ status: 'idle' });
  }, []);
  return { state, record, changeRating, reset };
}

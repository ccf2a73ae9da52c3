import { useState } from 'react';
import type { Question, QuizResponse } from '../engine/index.ts';
import { emptyResponse } from './responses.ts';
import { useReviewSnapshot } from './reviewStoreContext.ts';

interface Presented {
  /** Which presentation this is: the number of answers the reader had given to the question when it began. */
  presentation: number;
  /** True once the reader's history was known when the arrangement was made. */
  settled: boolean;
  /** True once the reader has changed the response: from then on the arrangement never moves under them. */
  touched: boolean;
  response: QuizResponse;
}

/**
 * The reader's response to a question, starting from the arrangement of its current presentation (see
 * presentationOrder): presentation n is shown after n answers, so a reload before answering shows the same
 * arrangement and the next review shows another. The arrangement is fixed while the reader answers. If the card
 * mounts before the reader's history has been read, it is arranged again once the history arrives, unless the reader
 * has already begun. `restart` (answer again) starts the next presentation, also in a preview where nothing is saved.
 */
export function usePresentedResponse(question: Question) {
  const snapshot = useReviewSnapshot();
  const answers = snapshot.cards.get(question.id)?.reviewCount ?? 0;
  const [state, setState] = useState<Presented>(() => ({
    presentation: answers,
    settled: snapshot.ready,
    touched: false,
    response: emptyResponse(question, answers),
  }));
  if (!state.settled && snapshot.ready) {
    const arrangedAgain = !state.touched && answers !== state.presentation;
    setState(
      arrangedAgain
        ? { presentation: answers, settled: true, touched: false, response: emptyResponse(question, answers) }
        : { ...state, settled: true },
    );
  }
  return {
    response: state.response,
    presentation: state.presentation,
    /** False while the arrangement was made before the reader's history was read (it may still be arranged again). */
    settled: state.settled,
    /** Replaces the response (the reader chose, typed or moved something). */
    change: (response: QuizResponse) => setState((previous) => ({ ...previous, touched: true, response })),
    /** Starts the next presentation, empty and arranged anew. */
    restart: () =>
      setState((previous) => {
        const presentation = Math.max(answers, previous.presentation + 1);
        return { presentation, settled: true, touched: false, response: emptyResponse(question, presentation) };
      }),
  };
}

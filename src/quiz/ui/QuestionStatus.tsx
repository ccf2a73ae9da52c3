import type { Locale } from '../../content/locale.ts';
import { isDue } from '../engine/index.ts';
import { formatRelative } from './formatWhen.ts';
import { useNow, useReviewSnapshot } from './reviewStoreContext.ts';
import { quizStrings } from './strings.ts';

/** One line about a question's history: last result and when it comes back ("Last time: right · next review in 3 days"). */
export function QuestionStatus({ questionId, locale }: { questionId: string; locale: Locale }) {
  const snapshot = useReviewSnapshot();
  const now = useNow();
  const strings = quizStrings[locale];
  if (!snapshot.ready) return <p className="quiz-card__status">&nbsp;</p>;
  const state = snapshot.cards.get(questionId);
  if (!state) return <p className="quiz-card__status">{strings.notAnswered}</p>;
  const when = isDue(state, now) ? strings.dueNow : strings.dueIn(formatRelative(state.card.due, now, locale));
  return (
    <p className="quiz-card__status">
      {state.lastCorrect ? strings.lastRight : strings.lastWrong} · {when}
    </p>
  );
}

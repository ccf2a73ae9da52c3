import type { QuizBank } from '../engine/index.ts';

/** Loads the build-time question bank (`virtual:quiz-bank`, see quiz-bank.d.ts): only the review page needs it. */
export async function loadQuizBank(): Promise<QuizBank> {
  return (await import('virtual:quiz-bank')).default;
}

/** The quiz engine's public surface: pure (no React, no DOM), shared by the widget, the review page and storage. */
export * from './types.ts';
export { parseQuiz, QuizFormatError, type RenderInline } from './parseQuiz.ts';
export { grade } from './grade.ts';
export { normaliseAnswer, parseTypedNumber } from './normaliseAnswer.ts';
export { shuffledOrder } from './shuffle.ts';
export { reviewRecordSchema, type ReviewRecord } from './reviewRecord.ts';
export { buildCards, dueCards, isDue, nextDueAfter, ratingFor, scheduler, type CardState } from './schedule.ts';
export { masteryOf, type Mastery } from './mastery.ts';
export { selectQueue, type QuizBank, type QuizBankEntry, type ReviewMode } from './reviewQueue.ts';

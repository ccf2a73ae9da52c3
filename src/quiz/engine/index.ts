/**
 * The quiz engine's runtime surface: pure (no React, no DOM), shared by the widget, the review page and storage.
 * The build-time parser (parseQuiz.ts, full zod) is imported from its own file by the widget definition, so that it
 * never lands in a reader's bundle.
 */
export * from './types.ts';
export { grade } from './grade.ts';
export { normaliseAnswer, readTypedNumber, type TypedNumber } from './normaliseAnswer.ts';
export { presentationOrder, seededPermutation, type ShuffleKind } from './shuffle.ts';
export { reviewRecordSchema, type ReviewRecord } from './reviewRecord.ts';
export { QUESTION_REVISIONS, type QuestionRevision, reviseResponse } from './questionRevisions.ts';
export { currentQuestion, type CurrentQuestion, type RetiredTable } from './retired.ts';
export { buildCards, dueCards, isDue, nextDueAfter, ratingFor, scheduler, type CardState } from './schedule.ts';
export { masteryOf, type Mastery } from './mastery.ts';
export { selectQueue, type QuizBank, type QuizBankEntry, type ReviewMode } from './reviewQueue.ts';

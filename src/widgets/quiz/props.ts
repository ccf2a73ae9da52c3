/**
 * The quiz block's vocabulary: its props and the height to reserve. Its props are a section's questions, rendered at
 * build time; their shape (QuizProps) and their parser (parseQuiz, whose messages name the question and the field)
 * live in src/quiz/engine, shared with the review page. definition.ts hands that parser to the registry; the block's
 * own chunk imports only this file, so it never carries the parser's zod schemas.
 */
import type { QuizProps } from '../../quiz/engine/types.ts';

/** Props of the quiz block: the section's questions, Markdown already rendered to HTML. */
export type QuizBlockProps = QuizProps;

/**
 * Height the prerendered page reserves for a quiz block, and the block's own min-height, so that nothing shifts when
 * it mounts. The block shows one question at a time. Measured in Chromium (natural heights of a sample block with a
 * three-line prompt and four options, a three-item order question and a two-blank cloze): at most 473 px at 320 px
 * wide, 461 px at 375 px, 370 px at 600 px and 366 px at 768 px. Narrow screens need more height (text wraps), so
 * the reserve shrinks with the viewport: 30rem (480 px) on phones down to 24rem (384 px) on wide screens. A question
 * longer than that grows the block when it mounts, which happens before it scrolls into view.
 */
export const QUIZ_RESERVE = 'clamp(24rem, calc(36rem - 24vw), 30rem)';

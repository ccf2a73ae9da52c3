import type { KatexOptions } from 'katex';

/**
 * The one set of KaTeX options for chapters, quizzes and widgets: strict (unknown or non-standard input is an error,
 * not a warning) and without `trust`, so `\href`, `\url`, `\htmlClass` and friends can never emit links or attributes.
 */
export const KATEX_OPTIONS = {
  strict: 'error',
  trust: false,
  output: 'htmlAndMathml',
  maxExpand: 1000,
  maxSize: 50,
} as const satisfies KatexOptions;

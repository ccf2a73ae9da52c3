import { parseQuiz } from '../../quiz/engine/parseQuiz.ts';
import type { ContainerWidgetDefinition } from '../types.ts';
import { QUIZ_RESERVE, type QuizBlockProps } from './props.ts';

/**
 * `:::quiz` … `:::`: the questions that test the section above (format: content/README.md, "Quizzes"). The YAML body
 * is validated with messages naming the question and field ("question 3 (gelu-at-1): answer must be a number"), and
 * every Markdown field is rendered at build time, so the reader's browser gets HTML and the answers, nothing more.
 */
export const quiz: ContainerWidgetDefinition<QuizBlockProps> = {
  kind: 'container',
  parse: (body, renderInline) => parseQuiz(body, renderInline),
  load: () => import('./QuizBlock.tsx'),
  reserve: QUIZ_RESERVE,
};

/**
 * Builds the question bank (every question of every chapter, per locale) from compiled chapters. Pure: the build
 * calls it with the chapters it compiled and serves the result as `virtual:quiz-bank`.
 */
import type { QuizBank, QuizBankEntry } from './reviewQueue.ts';
import type { QuizProps } from './types.ts';

/** The directive name of quiz blocks (`:::quiz`), as registered in src/widgets/registry.ts. */
export const QUIZ_WIDGET = 'quiz';

/** What the bank reads from a compiled chapter (a structural subset of src/content's CompiledChapter). */
export interface QuizSourceChapter {
  locale: string;
  slug: string;
  title: string;
  headings: ReadonlyArray<{ id: string; text: string }>;
  widgets: ReadonlyArray<{ name: string; section: string | undefined; props: unknown }>;
}

/**
 * Every question of the chapters' quiz blocks, per locale, in the order given (chapters) and written (questions),
 * each with its chapter and section and their titles. Chapters of other locales are left out. A quiz block whose
 * props failed to parse never reaches `widgets` (it became an error box), so every entry here is a parsed question.
 */
export function buildQuizBank(chapters: readonly QuizSourceChapter[]): QuizBank {
  const bank: QuizBank = { zh: [], en: [] };
  for (const chapter of chapters) {
    if (chapter.locale !== 'zh' && chapter.locale !== 'en') continue;
    for (const widget of chapter.widgets) {
      if (widget.name !== QUIZ_WIDGET) continue;
      const sectionTitle = chapter.headings.find((heading) => heading.id === widget.section)?.text;
      for (const question of (widget.props as QuizProps).questions) {
        const entry: QuizBankEntry = {
          chapter: chapter.slug,
          chapterTitle: chapter.title,
          section: widget.section,
          sectionTitle,
          question,
        };
        bank[chapter.locale].push(entry);
      }
    }
  }
  return bank;
}

/** The ids of a chapter's questions, in reading order (for mastery in the chapter list). */
export function questionIdsOf(chapter: Pick<QuizSourceChapter, 'widgets'>): string[] {
  return chapter.widgets
    .filter((widget) => widget.name === QUIZ_WIDGET)
    .flatMap((widget) => (widget.props as QuizProps).questions.map((question) => question.id));
}

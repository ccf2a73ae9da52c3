import type { Locale } from '../../content/locale.ts';

/** The quiz block's own text (question cards have theirs in src/quiz/ui/strings.ts). */
export const STRINGS = {
  zh: {
    title: '小测验',
    questions: '本节题目',
    question: (position: number, mark: 'right' | 'wrong' | undefined) =>
      `第 ${position} 题${mark === 'right' ? '，上次答对' : mark === 'wrong' ? '，上次答错' : ''}`,
    next: '下一题',
    quizSection: '就本节考考我',
    quizChapter: '就本章考考我',
    due: (count: number) => `本节有 ${count} 道题到期`,
  },
  en: {
    title: 'Check yourself',
    questions: 'Questions of this section',
    question: (position: number, mark: 'right' | 'wrong' | undefined) =>
      `Question ${position}${mark === 'right' ? ', right last time' : mark === 'wrong' ? ', wrong last time' : ''}`,
    next: 'Next question',
    quizSection: 'Quiz me on this section',
    quizChapter: 'Quiz me on this chapter',
    due: (count: number) => `${count} due here`,
  },
} satisfies Record<Locale, Record<string, unknown>>;

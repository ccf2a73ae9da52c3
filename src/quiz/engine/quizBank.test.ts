import { describe, expect, it } from 'vitest';
import { buildQuizBank, questionIdsOf, type QuizSourceChapter } from './quizBank.ts';
import type { Question } from './types.ts';

const question = (id: string): Question => ({ id, type: 'truefalse', promptHtml: `${id}?`, answer: true, explainHtml: 'Because.' });

const gelu = (locale: string, title: string): QuizSourceChapter => ({
  locale,
  slug: 'gelu',
  title,
  headings: [{ id: 'definition', text: `${title}: definition` }, { id: 'deeper', text: 'A subsection' }],
  widgets: [
    { name: 'quiz', section: undefined, props: { questions: [question('gelu-intro')] } },
    { name: 'gelu-lab', section: 'definition', props: { x: 1 } },
    { name: 'quiz', section: 'definition', props: { questions: [question('gelu-a'), question('gelu-b')] } },
  ],
});

describe('buildQuizBank', () => {
  it('lists every question per locale in reading order, with its chapter and section and their titles', () => {
    const bank = buildQuizBank([gelu('zh', '激活函数'), gelu('en', 'GeLU')]);
    expect(bank.en.map((entry) => [entry.chapter, entry.chapterTitle, entry.section, entry.sectionTitle, entry.question.id])).toEqual([
      ['gelu', 'GeLU', undefined, undefined, 'gelu-intro'],
      ['gelu', 'GeLU', 'definition', 'GeLU: definition', 'gelu-a'],
      ['gelu', 'GeLU', 'definition', 'GeLU: definition', 'gelu-b'],
    ]);
    expect(bank.zh.map((entry) => entry.chapterTitle)).toEqual(['激活函数', '激活函数', '激活函数']);
    expect(bank.en[1]!.question).toEqual(question('gelu-a'));
  });

  it('leaves out other locales and chapters without quizzes, and keeps the chapters’ order', () => {
    const loss: QuizSourceChapter = { ...gelu('en', 'Loss'), slug: 'loss', widgets: [{ name: 'quiz', section: 'x', props: { questions: [question('loss-a')] } }] };
    const bank = buildQuizBank([gelu('fr', 'GeLU'), loss, { ...loss, slug: 'empty', widgets: [] }, gelu('en', 'GeLU')]);
    expect(bank.zh).toEqual([]);
    expect(bank.en.map((entry) => entry.question.id)).toEqual(['loss-a', 'gelu-intro', 'gelu-a', 'gelu-b']);
  });
});

describe('questionIdsOf', () => {
  it('gives the ids of a chapter’s quiz questions in reading order, ignoring other widgets', () => {
    expect(questionIdsOf(gelu('en', 'GeLU'))).toEqual(['gelu-intro', 'gelu-a', 'gelu-b']);
    expect(questionIdsOf({ widgets: [] })).toEqual([]);
  });
});

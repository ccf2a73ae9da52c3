import type { Locale } from '../../content/locale.ts';

/** The search box's text in both languages. */
export const searchStrings = {
  zh: {
    label: '搜索笔记',
    placeholder: '搜索…',
    shortcutHint: '按 / 或 Ctrl+K 搜索',
    results: '搜索结果',
    loading: '正在加载搜索索引…',
    loadFailed: '搜索索引加载失败，请检查网络后重新聚焦搜索框再试。',
    noResults: (query: string) => `没有找到“${query}”。`,
    partial: '没有同时包含所有词的小节，下面是包含其中部分词的结果。',
    summary: (hits: number, chapters: number) => `共 ${hits} 条结果，分布在 ${chapters} 章。`,
    moreResults: (total: number) => `只显示了前几条（共匹配 ${total} 个小节），请输入更具体的词。`,
    quiz: '测验',
    formula: '公式',
    chapterStart: '本章开头',
  },
  en: {
    label: 'Search the notebook',
    placeholder: 'Search…',
    shortcutHint: 'Press / or Ctrl+K to search',
    results: 'Search results',
    loading: 'Loading the search index…',
    loadFailed: 'The search index could not be loaded. Check your connection, then focus the search box to try again.',
    noResults: (query: string) => `Nothing found for “${query}”.`,
    partial: 'No section has all the words; these sections have some of them.',
    summary: (hits: number, chapters: number) =>
      `${hits} ${hits === 1 ? 'result' : 'results'} in ${chapters} ${chapters === 1 ? 'chapter' : 'chapters'}.`,
    moreResults: (total: number) => `Showing the best matches of ${total} sections; type more to narrow them down.`,
    quiz: 'Quiz',
    formula: 'Formula',
    chapterStart: 'Start of chapter',
  },
} satisfies Record<Locale, Record<string, string | ((...args: never[]) => string)>>;

/** The search text of one locale. */
export type SearchStrings = (typeof searchStrings)['zh'];

import type { Locale } from '../content/locale.ts';

/**
 * The text the pipeline writes into chapters, in both languages: the widget placeholder, the heading links' label,
 * the task-list checkboxes' label and the footnotes' heading and back links. The pipeline keeps its own strings so
 * that it imports nothing from the shell (src/app).
 */
export const STRINGS = {
  zh: {
    widgetLoading: '互动组件加载中……（需要 JavaScript）',
    linkToSection: '链接到本节',
    taskDone: '已完成',
    footnotes: '注释与来源',
    backToReference: (n: number) => `回到正文 ${n}`,
  },
  en: {
    widgetLoading: 'Interactive widget loading… (needs JavaScript)',
    linkToSection: 'Link to this section',
    taskDone: 'Done',
    footnotes: 'Notes and sources',
    backToReference: (n: number) => `Back to reference ${n}`,
  },
} satisfies Record<Locale, Record<string, string | ((n: number) => string)>>;

/** Build-time modules made by scripts/vite/notebookContent.ts. */
declare module 'virtual:chapter-index' {
  import type { ChapterIndexEntry } from './chapter.ts';
  /** What src/content/chapterIndex.ts builds (its ChapterIndex type). */
  const index: Record<'zh' | 'en', ChapterIndexEntry[]>;
  export default index;
}

/** A loader per chapter file: reader chapters keyed `<locale>/<slug>`, fixture pages keyed by slug. */
declare module 'virtual:chapter-modules' {
  import type { CompiledChapter } from './chapter.ts';
  export const chapters: Record<string, () => Promise<CompiledChapter>>;
  export const fixtures: Record<string, () => Promise<CompiledChapter>>;
}

declare module '*.md' {
  import type { CompiledChapter } from './chapter.ts';
  const chapter: CompiledChapter;
  export default chapter;
}

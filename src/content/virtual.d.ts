/** Build-time modules made by scripts/vite/notebookContent.ts. */
declare module 'virtual:chapter-index' {
  import type { ChapterIndexEntry } from './chapter.ts';
  const index: Record<'zh' | 'en', ChapterIndexEntry[]>;
  export default index;
}

declare module '*.md' {
  import type { CompiledChapter } from './chapter.ts';
  const chapter: CompiledChapter;
  export default chapter;
}

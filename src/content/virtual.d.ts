/** Build-time modules made by scripts/vite/notebookContent.ts. */
declare module 'virtual:chapter-index' {
  import type { ChapterMeta } from './chapter.ts';
  const index: Record<'zh' | 'en', ChapterMeta[]>;
  export default index;
}

declare module '*.md' {
  import type { CompiledChapter } from './chapter.ts';
  const chapter: CompiledChapter;
  export default chapter;
}

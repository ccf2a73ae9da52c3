/**
 * The build-time side of the Markdown pipeline, as one module that the Vite plugin loads through Vite's module runner
 * (so TSX and the widget registry load as in the app). Never imported by browser code.
 */
export { compileChapter } from './compileChapter.tsx';
export { createDiagramLookup, diagramHash, DIAGRAM_DIR } from './diagramStore.ts';
export { splitFrontMatter } from '../content/frontMatter.ts';
export { parseChapterPath } from '../content/chapter.ts';
export { ALL_CHAPTER_FOLDERS, CONTENT_FOLDER, listChapters } from '../content/listChapters.ts';
export { widgetRegistry } from '../widgets/registry.ts';
export { buildSearchIndex } from '../search/buildSearchIndex.ts';

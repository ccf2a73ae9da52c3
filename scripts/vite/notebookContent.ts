import { relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildChapterIndex } from '../../src/content/chapterIndex.ts';
import { CONTENT_FOLDER, FIXTURE_PAGES_FOLDER, listChapters } from '../../src/content/listChapters.ts';
import { LOCALES } from '../../src/content/locale.ts';
import { buildQuizBank } from '../../src/quiz/engine/quizBank.ts';
import { ChapterCompiler } from './chapterCompiler.ts';
import { prerenderDiagrams } from './prerenderDiagrams.ts';

const CHAPTER_INDEX = 'virtual:chapter-index';
const QUIZ_BANK = 'virtual:quiz-bank';
const SEARCH_INDEX = 'virtual:search-index';
const CHAPTER_MODULES = 'virtual:chapter-modules';
const VIRTUAL_IDS = [CHAPTER_INDEX, QUIZ_BANK, CHAPTER_MODULES, ...LOCALES.map((locale) => `${SEARCH_INDEX}-${locale}`)];

/** Options of the content plugin. */
export interface NotebookContentOptions {
  /** Folders of reader chapters, relative to the root or absolute (default: `content`). */
  content?: readonly string[];
  /** The compiler to use; pass one to share its cache (the default is a new one). */
  compiler?: ChapterCompiler;
}

/**
 * Wires the content into Vite; what it serves is built by typed functions of src/content, src/quiz/engine and
 * src/search from chapters compiled by the app's own pipeline (src/markdown, through ChapterCompiler):
 * - a chapter file (`<folder>/<locale>/NN-slug.md`, reader chapter or fixture page) imports as its CompiledChapter;
 * - `virtual:chapter-modules`: a loader per chapter and fixture page (the dev app and the prerenderer pick pages);
 * - `virtual:chapter-index`: every reader chapter's metadata; `virtual:quiz-bank`: every quiz question;
 *   `virtual:search-index-<locale>`: the search index of one language.
 * The plugin is shared by the client and server environments of a build (`sharedDuringBuild`), so each chapter is
 * compiled once per build; before the first compile, a build draws the diagrams not prerendered yet
 * (prerenderDiagrams). The dev server recompiles an edited chapter and hot-swaps it (src/app/devApp.tsx), and draws
 * new diagrams in the browser.
 */
export function notebookContent(options: NotebookContentOptions = {}): Plugin {
  const compiler = options.compiler ?? new ChapterCompiler(process.cwd());
  const contentFolders = options.content ?? [CONTENT_FOLDER];
  let root = process.cwd();
  let building = false;
  let diagramsReady: Promise<unknown> | undefined;
  const readerChapters = () => listChapters(root, contentFolders);
  const fixturePages = () => listChapters(root, [FIXTURE_PAGES_FOLDER]);
  const isChapterFile = (path: string) =>
    [...contentFolders, FIXTURE_PAGES_FOLDER].some((folder) => path.startsWith(compiler.absolute(folder) + sep));

  return {
    name: 'notebook-content',
    enforce: 'pre',
    sharedDuringBuild: true,
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
      compiler.setRoot(root);
    },
    async buildStart() {
      if (!building) return;
      // Once per build (both environments share this plugin), before any chapter is compiled.
      diagramsReady ??= compiler.pipeline().then((pipeline) => prerenderDiagrams(root, [...readerChapters(), ...fixturePages()], pipeline));
      await diagramsReady;
    },
    configureServer(server) {
      compiler.useServer(server, root);
      watchContent(server, (path) => path.endsWith('.md') && isChapterFile(path));
    },
    resolveId(id) {
      return VIRTUAL_IDS.includes(id) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id === `\0${CHAPTER_MODULES}`) {
        const loader = (path: string) => `() => import(${JSON.stringify(path)}).then((module) => module.default)`;
        const chapters = readerChapters().map((chapter) => `${JSON.stringify(`${chapter.locale}/${chapter.slug}`)}: ${loader(chapter.path)}`);
        const fixtures = fixturePages().map((page) => `${JSON.stringify(page.slug)}: ${loader(page.path)}`);
        return `export const chapters = {\n${chapters.join(',\n')}\n};\nexport const fixtures = {\n${fixtures.join(',\n')}\n};\n`;
      }
      if (id === `\0${CHAPTER_INDEX}` || id === `\0${QUIZ_BANK}` || id.startsWith(`\0${SEARCH_INDEX}-`)) {
        const listing = readerChapters();
        for (const chapter of listing) this.addWatchFile(chapter.path);
        const chapters = await compiler.compileAll(listing);
        if (id === `\0${CHAPTER_INDEX}`) return `export default ${JSON.stringify(buildChapterIndex(chapters))};`;
        if (id === `\0${QUIZ_BANK}`) return `export default ${JSON.stringify(buildQuizBank(chapters))};`;
        // One module per language, so a reader downloads only their own; JSON.parse of a string is parsed faster
        // than the same data as an object literal.
        const locale = id.slice(`\0${SEARCH_INDEX}-`.length);
        const { buildSearchIndex } = await compiler.pipeline();
        const index = buildSearchIndex(chapters.filter((chapter) => chapter.locale === locale));
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(index))});`;
      }
      const path = id.split('?')[0] ?? id;
      if (!path.endsWith('.md') || !isChapterFile(path)) return undefined;
      const compiled = await compiler.compile(path, repoRelative(root, path));
      return [
        `const chapter = ${JSON.stringify(compiled)};`,
        'export default chapter;',
        'if (import.meta.hot) {',
        '  import.meta.hot.accept((next) => { if (next) window.dispatchEvent(new CustomEvent("notebook:chapter-update", { detail: next.default })); });',
        '}',
      ].join('\n');
    },
  };
}

/**
 * In the dev server: an edited chapter reaches the page by hot module replacement (its module re-runs and the page
 * swaps the chapter in); the chapter list, quiz bank and search indexes are marked stale so their next import
 * recompiles. An added or removed chapter changes the routes, so the page reloads.
 */
function watchContent(server: ViteDevServer, isChapter: (path: string) => boolean) {
  const invalidateLists = () => {
    for (const id of VIRTUAL_IDS) {
      const module = server.moduleGraph.getModuleById(`\0${id}`);
      if (module) server.moduleGraph.invalidateModule(module);
    }
  };
  const reload = (path: string) => {
    if (!isChapter(path)) return;
    invalidateLists();
    server.ws.send({ type: 'full-reload' });
  };
  server.watcher.on('add', reload);
  server.watcher.on('unlink', reload);
  server.watcher.on('change', (path) => {
    if (isChapter(path)) invalidateLists();
  });
}

/** `path` relative to the root with `/` separators, or as it is when it lies outside the root. */
function repoRelative(root: string, path: string): string {
  const fromRoot = relative(root, path);
  return fromRoot.startsWith('..') ? path : fromRoot.split(sep).join('/');
}

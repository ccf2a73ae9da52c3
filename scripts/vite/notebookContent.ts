import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Plugin, runnerImport, type ViteDevServer } from 'vite';
import type { CompiledChapter } from '../../src/content/chapter.ts';

type Pipeline = typeof import('../../src/markdown/nodeEntry.ts');

const PIPELINE_ENTRY = '/src/markdown/nodeEntry.ts';
const CHAPTER_INDEX = 'virtual:chapter-index';
const QUIZ_BANK = 'virtual:quiz-bank';
const SEARCH_INDEX = 'virtual:search-index';
/** Folders whose `<locale>/NN-slug.md` files are chapters: the reader's content, and the page fixtures for tests. */
const CHAPTER_ROOTS = ['content', 'src/markdown/fixtures/pages'];

/**
 * Compiles chapters at build time. `content/<locale>/NN-slug.md` (and fixture pages) import as modules that hold the
 * chapter's static HTML, headings, widgets and problems; `virtual:chapter-index` lists every reader chapter's front
 * matter; `virtual:quiz-bank` holds every quiz question, for the review page; `virtual:search-index-<locale>` is
 * the search index of one language. The pipeline itself is app code
 * (src/markdown), loaded through Vite's module runner so it is the same code the tests exercise.
 */
export function notebookContent(): Plugin {
  let root = process.cwd();
  let server: ViteDevServer | undefined;
  let pipelinePromise: Promise<Pipeline> | undefined;
  const cache = new Map<string, { source: string; compiled: CompiledChapter }>();

  const pipeline = async (): Promise<Pipeline> => {
    if (server) return (await server.ssrLoadModule(PIPELINE_ENTRY)) as Pipeline;
    pipelinePromise ??= runnerImport<Pipeline>(join(root, PIPELINE_ENTRY), { root, configFile: false, logLevel: 'error' })
      .then((result) => result.module);
    return pipelinePromise;
  };

  const compile = async (absolutePath: string): Promise<CompiledChapter> => {
    const source = readFileSync(absolutePath, 'utf8');
    const hit = cache.get(absolutePath);
    if (hit && hit.source === source && !server) return hit.compiled;
    const { compileChapter, createDiagramLookup, widgetRegistry } = await pipeline();
    const file = relative(root, absolutePath).split('\\').join('/');
    const compiled = compileChapter(source, file, { registry: widgetRegistry, diagrams: createDiagramLookup(root) });
    for (const problem of compiled.problems) {
      console.warn(`[notebook] ${problem.file}:${problem.line ?? '?'} ${problem.kind}: ${problem.message}`);
    }
    cache.set(absolutePath, { source, compiled });
    return compiled;
  };

  const readerChapters = () => chapterFiles(join(root, 'content'));

  return {
    name: 'notebook-content',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    configureServer(devServer) {
      server = devServer;
      const reloadIndex = (path: string) => {
        if (!path.endsWith('.md')) return;
        for (const id of [`\0${CHAPTER_INDEX}`, `\0${QUIZ_BANK}`, `\0${SEARCH_INDEX}-zh`, `\0${SEARCH_INDEX}-en`]) {
          const module = devServer.moduleGraph.getModuleById(id);
          if (module) devServer.moduleGraph.invalidateModule(module);
        }
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('add', reloadIndex);
      devServer.watcher.on('unlink', reloadIndex);
      devServer.watcher.on('change', (path) => {
        if (!path.endsWith('.md')) return;
        for (const id of [`\0${CHAPTER_INDEX}`, `\0${QUIZ_BANK}`, `\0${SEARCH_INDEX}-zh`, `\0${SEARCH_INDEX}-en`]) {
          const module = devServer.moduleGraph.getModuleById(id);
          if (module) devServer.moduleGraph.invalidateModule(module);
        }
      });
    },
    resolveId(id) {
      if (id === CHAPTER_INDEX || id === QUIZ_BANK || id.startsWith(`${SEARCH_INDEX}-`)) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (id === `\0${CHAPTER_INDEX}`) {
        const index: Record<string, unknown[]> = { zh: [], en: [] };
        for (const path of readerChapters()) {
          this.addWatchFile(path);
          const chapter = await compile(path);
          if (!(chapter.locale in index)) continue;
          index[chapter.locale]!.push({
            locale: chapter.locale,
            slug: chapter.slug,
            order: chapter.order,
            file: chapter.file,
            title: chapter.title,
            summary: chapter.summary,
            kind: chapter.kind,
            frontMatterError: chapter.frontMatterError,
            questionIds: chapter.widgets
              .filter((widget) => widget.name === 'quiz')
              .flatMap((widget) => ((widget.props as { questions?: Array<{ id: string }> }).questions ?? []).map((question) => question.id)),
          });
        }
        for (const list of Object.values(index)) list.sort((a, b) => (a as { order: number }).order - (b as { order: number }).order);
        return `export default ${JSON.stringify(index)};`;
      }
      if (id === `\0${QUIZ_BANK}`) {
        const bank: Record<string, unknown[]> = { zh: [], en: [] };
        for (const path of readerChapters()) {
          this.addWatchFile(path);
          const chapter = await compile(path);
          if (!(chapter.locale in bank)) continue;
          for (const widget of chapter.widgets) {
            if (widget.name !== 'quiz') continue;
            const questions = (widget.props as { questions?: unknown[] }).questions ?? [];
            const sectionTitle = chapter.headings.find((heading) => heading.id === widget.section)?.text;
            for (const question of questions) {
              bank[chapter.locale]!.push({ chapter: chapter.slug, chapterTitle: chapter.title, section: widget.section, sectionTitle, question });
            }
          }
        }
        return `export default ${JSON.stringify(bank)};`;
      }
      if (id.startsWith(`\0${SEARCH_INDEX}-`)) {
        // One module per language, so a reader downloads only their own; JSON.parse of a string is parsed faster
        // than the same data as an object literal.
        const locale = id.slice(`\0${SEARCH_INDEX}-`.length);
        const { buildSearchIndex } = await pipeline();
        const compiled: CompiledChapter[] = [];
        for (const path of readerChapters()) {
          this.addWatchFile(path);
          const chapter = await compile(path);
          if (chapter.locale === locale) compiled.push(chapter);
        }
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(buildSearchIndex(compiled)))});`;
      }
      const path = id.split('?')[0] ?? id;
      if (path.endsWith('.md') && CHAPTER_ROOTS.some((folder) => path.startsWith(join(root, folder)))) {
        const compiled = await compile(path);
        return [
          `const chapter = ${JSON.stringify(compiled)};`,
          'export default chapter;',
          'if (import.meta.hot) {',
          '  import.meta.hot.accept((next) => { if (next) window.dispatchEvent(new CustomEvent("notebook:chapter-update", { detail: next.default })); });',
          '}',
        ].join('\n');
      }
      return undefined;
    },
  };
}

/** Every `<locale>/NN-slug.md` below `directory`. */
export function chapterFiles(directory: string): string[] {
  const files: string[] = [];
  let locales: string[] = [];
  try {
    locales = readdirSync(directory);
  } catch {
    return files;
  }
  for (const locale of locales) {
    const folder = join(directory, locale);
    if (!/^[a-z]{2}$/.test(locale) || !statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      if (/^\d{2}-[a-z0-9-]+\.md$/.test(name)) files.push(join(folder, name));
    }
  }
  return files;
}

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledChapter } from '../../src/content/chapter.ts';
import { ChapterCompiler } from './chapterCompiler.ts';
import { notebookContent } from './notebookContent.ts';

// The content plugin in a dev server, as `npm start` runs it, on two small chapters of its own: chapter modules, the
// virtual modules built from them, and an edit reaching the chapter.
const root = join(import.meta.dirname, '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'notebook-content-'));
const QUIZ = (id: string) => `:::quiz\n- id: ${id}\n  type: truefalse\n  prompt: $1 + 1 = 2$.\n  answer: true\n  explain: Arithmetic.\n:::\n`;
for (const [locale, title] of [['zh', '激活函数'], ['en', 'GeLU']] as const) {
  mkdirSync(join(folder, locale));
  writeFileSync(
    join(folder, locale, '04-gelu.md'),
    `---\ntitle: ${title}\nsummary: A gelu chapter.\n---\n\n## Definition {#definition}\n\n$\\operatorname{GELU}(x) = x\\,\\Phi(x)$\n\n${QUIZ(`content-test-${locale}`)}`,
  );
}
const compiler = new ChapterCompiler(root, () => {});
let server: ViteDevServer;

beforeAll(async () => {
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [notebookContent({ compiler, content: [folder] })],
    server: { middlewareMode: true, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
});

afterAll(async () => {
  await server?.close();
});

const load = async <T>(id: string) => (await server.ssrLoadModule(id)) as T;

describe('notebookContent in the dev server', () => {
  it('serves a chapter as its compiled module, and every chapter module and fixture page by key', async () => {
    const { default: chapter } = await load<{ default: CompiledChapter }>(join(folder, 'en/04-gelu.md'));
    expect(chapter).toMatchObject({ locale: 'en', slug: 'gelu', problems: [] });
    expect(chapter.html).toContain('class="katex"');
    const modules = await load<{ chapters: Record<string, unknown>; fixtures: Record<string, unknown> }>('virtual:chapter-modules');
    expect(Object.keys(modules.chapters)).toEqual(['zh/gelu', 'en/gelu']);
    expect(Object.keys(modules.fixtures)).toEqual(expect.arrayContaining(['bad-content', 'gelu-lab']));
  });

  it('builds the chapter index, the quiz bank and a search index from the same compiled chapters', async () => {
    const { default: index } = await load<{ default: Record<string, Array<{ slug: string; questionIds: string[] }>> }>('virtual:chapter-index');
    expect(index.en!.map((entry) => entry.slug)).toEqual(['gelu']);
    const { default: bank } = await load<{ default: Record<string, Array<{ question: { id: string } }>> }>('virtual:quiz-bank');
    expect(bank.zh!.map((entry) => entry.question.id)).toEqual(index.zh![0]!.questionIds);
    expect(bank.en!.map((entry) => entry.question.id)).toEqual(['content-test-en']);
    const { default: search } = await load<{ default: unknown }>('virtual:search-index-en');
    expect(JSON.stringify(search)).toContain('gelu');
  });

  it('recompiles an edited chapter, and only that one', async () => {
    const path = join(folder, 'en/04-gelu.md');
    const before = compiler.statistics.compiled;
    writeFileSync(path, `---\ntitle: Edited\nsummary: An edit in the dev server.\n---\n\nEDITED-BODY $x^2$\n`);
    // What the file watcher does on a change (the test server does not watch): the module goes stale.
    server.moduleGraph.invalidateModule(server.moduleGraph.getModuleById(path)!);
    const { default: chapter } = await load<{ default: CompiledChapter }>(path);
    expect(chapter.title).toBe('Edited');
    expect(chapter.html).toContain('EDITED-BODY');
    expect(compiler.statistics.compiled - before).toBe(1);
  });
});

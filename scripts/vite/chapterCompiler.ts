import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { ViteDevServer } from 'vite';
import { importSource } from '../importSource.mjs';
import type { CompiledChapter } from '../../src/content/chapter.ts';
import type { ChapterSource } from '../../src/content/listChapters.ts';

/** The build-time side of the app (src/markdown/nodeEntry.ts), loaded through Vite's module runner. */
export type Pipeline = typeof import('../../src/markdown/nodeEntry.ts');

const PIPELINE_ENTRY = 'src/markdown/nodeEntry.ts';

/** How many chapters were compiled, and how long that took, for the build's timings. */
export interface CompileStatistics {
  compiled: number;
  reused: number;
  milliseconds: number;
}

/**
 * Compiles chapters with the app's own pipeline and keeps each result for as long as neither the file nor the
 * pipeline changes. One compiler serves every environment of a build (the client bundle and the server bundle that
 * prerenders the pages), so each chapter is compiled once per build; in the dev server the pipeline is reloaded
 * through the server's module graph, so an edit to a plugin recompiles the chapters that are asked for again.
 */
export class ChapterCompiler {
  readonly statistics: CompileStatistics = { compiled: 0, reused: 0, milliseconds: 0 };
  private readonly cache = new Map<string, { source: string; pipeline: Pipeline; compiled: CompiledChapter }>();
  private pipelinePromise: Promise<Pipeline> | undefined;
  private server: ViteDevServer | undefined;

  /** `root` is the repository root; `report` receives one line per content problem of each compile. */
  constructor(
    private root: string,
    private readonly report: (line: string) => void = (line) => console.warn(line),
  ) {}

  /** Follows the dev server's module graph from now on (pipeline edits take effect without a restart). */
  useServer(server: ViteDevServer, root: string): void {
    this.server = server;
    this.root = root;
  }

  /** Sets the repository root (from Vite's resolved config). */
  setRoot(root: string): void {
    this.root = root;
  }

  /** The pipeline module: through the dev server when there is one, else loaded once with Vite's module runner. */
  async pipeline(): Promise<Pipeline> {
    if (this.server) return (await this.server.ssrLoadModule(`/${PIPELINE_ENTRY}`)) as Pipeline;
    this.pipelinePromise ??= importSource(this.root, PIPELINE_ENTRY) as Promise<Pipeline>;
    return this.pipelinePromise;
  }

  /** The compiled chapter at `path` (absolute); `file` is how problems name it (repo-relative when inside the repo). */
  async compile(path: string, file: string): Promise<CompiledChapter> {
    const source = readFileSync(path, 'utf8');
    const pipeline = await this.pipeline();
    const hit = this.cache.get(path);
    if (hit && hit.source === source && hit.pipeline === pipeline) {
      this.statistics.reused += 1;
      return hit.compiled;
    }
    const started = performance.now();
    const { compileChapter, createDiagramLookup, widgetRegistry } = pipeline;
    const compiled = compileChapter(source, file, { registry: widgetRegistry, diagrams: createDiagramLookup(this.root) });
    this.statistics.milliseconds += performance.now() - started;
    this.statistics.compiled += 1;
    for (const problem of compiled.problems) {
      this.report(`[notebook] ${problem.file}:${problem.line ?? '?'} ${problem.kind}: ${problem.message}`);
    }
    this.cache.set(path, { source, pipeline, compiled });
    return compiled;
  }

  /** Compiles every chapter of a listing, in its order. */
  async compileAll(chapters: readonly ChapterSource[]): Promise<CompiledChapter[]> {
    const compiled: CompiledChapter[] = [];
    for (const chapter of chapters) compiled.push(await this.compile(chapter.path, chapter.file));
    return compiled;
  }

  /** Absolute form of a folder given relative to the root. */
  absolute(folder: string): string {
    return isAbsolute(folder) ? folder : join(this.root, folder);
  }
}

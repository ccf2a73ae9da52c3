import type { Plugin, ViteBuilder } from 'vite';
import { recordTimings, seconds } from '../timings.mjs';
import type { ChapterCompiler } from './chapterCompiler.ts';

/** The build's steps, in the order they run and are printed. */
export const BUILD_STEPS = ['server bundle', 'client bundle', 'prerender', 'fonts', 'service worker'] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

/**
 * Times the steps of one `npm run build`: each step's milliseconds, as the plugins and the build order report them.
 * One instance is shared by the plugins of every environment (they are created once, in vite.config.ts).
 */
export class BuildSteps {
  readonly milliseconds = new Map<BuildStep, number>();
  private marks = new Map<string, number>();

  /** Remembers the present instant under `name`. */
  mark(name: string): void {
    this.marks.set(name, performance.now());
  }

  /** Records the time from the mark `since` until now as `step`. */
  since(step: BuildStep, since: string): void {
    const start = this.marks.get(since);
    if (start !== undefined) this.record(step, performance.now() - start);
  }

  /** Adds `milliseconds` to `step`. */
  record(step: BuildStep, milliseconds: number): void {
    this.milliseconds.set(step, (this.milliseconds.get(step) ?? 0) + milliseconds);
  }

  /** One line per step, e.g. `  server bundle    4.1 s`. */
  lines(): string[] {
    return BUILD_STEPS.filter((step) => this.milliseconds.has(step)).map(
      (step) => `  ${step.padEnd(16)} ${seconds(this.milliseconds.get(step)!).toFixed(1)} s`,
    );
  }
}

/**
 * The build order (Vite's `builder.buildApp`): the server bundle first, then the client bundle, whose end runs the
 * prerender (notebookPrerender, with the server bundle) and then the service worker (vite-plugin-pwa), so that the
 * service worker precaches the pages. Both bundles read chapters from one ChapterCompiler. Prints each step's time
 * and records them in node_modules/.tmp/timings.json (scripts/timings.mjs), under "build" or NOTEBOOK_TIMINGS_SECTION.
 */
export function buildNotebook(steps: BuildSteps, compiler: ChapterCompiler) {
  return async (builder: ViteBuilder): Promise<void> => {
    const { ssr, client } = builder.environments;
    if (!ssr || !client) throw new Error('vite.config.ts must define the client and ssr environments');
    const started = performance.now();
    steps.mark('server');
    await builder.build(ssr);
    steps.since('server bundle', 'server');
    await builder.build(client);
    const total = performance.now() - started;
    const { compiled, reused, milliseconds } = compiler.statistics;
    // Printed whatever the log level (scripts/build.mjs keeps Vite to warnings): the step times are the build's summary.
    console.log(`\nbuild steps (${compiled} chapters compiled in ${seconds(milliseconds).toFixed(1)} s, reused ${reused} times):`);
    for (const line of steps.lines()) console.log(line);
    console.log(`  ${'total'.padEnd(16)} ${seconds(total).toFixed(1)} s`);
    // The browser tests' build (tests/e2e/run.mjs) records itself under its own name, so `npm run build`'s stays.
    recordTimings(builder.config.root, process.env.NOTEBOOK_TIMINGS_SECTION ?? 'build', {
      outDir: client.config.build.outDir,
      seconds: seconds(total),
      steps: Object.fromEntries([...steps.milliseconds].map(([step, value]) => [step, seconds(value)])),
      chapters: { compiled, reused, seconds: seconds(milliseconds) },
    });
  };
}

/**
 * Marks where the client bundle starts, and times the service worker: vite-plugin-pwa writes it in its own
 * closeBundle, which runs after notebookPrerender's ('pre') and before this one ('post').
 */
export function buildStepTimer(steps: BuildSteps): Plugin {
  return {
    name: 'notebook-build-steps',
    apply: 'build',
    sharedDuringBuild: true,
    buildStart() {
      if (this.environment.name === 'client') steps.mark('client');
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (this.environment.name === 'client') steps.since('service worker', 'prerendered');
      },
    },
  };
}

// The GPT lab's own TypeScript modules, loaded in Node through Vite's module runner, for the scripts that run the lab's
// session outside the page (pretrain.mjs, rlhfRun.mjs), so that they train with exactly the code a reader's browser runs.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRunnableDevEnvironment, resolveConfig } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dataDir = join(root, 'src', 'widgets', 'gpt-lab', 'data');

// One module runner kept open for the whole run (what vite's runnerImport builds, minus its closing at the end): the
// session imports the RLHF stages' code on first use, after labModules() has returned, through this same runner.
const config = await resolveConfig({
  root, configFile: false, logLevel: 'error', envDir: false,
  environments: { lab: { consumer: 'server', dev: { moduleRunnerTransform: true }, resolve: { external: true, mainFields: [], conditions: ['node'] } } },
}, 'serve');
const environment = createRunnableDevEnvironment('lab', config, { runnerOptions: { hmr: { logger: false } }, hot: false });
await environment.init();
const load = (path) => environment.runner.import(join(root, path));

/** The session, its default props and the data parsers. */
export async function labModules() {
  const [{ LabSession }, { DEFAULT_PROPS }, { parseDialogues }, { parseComparisons }] = await Promise.all([
    load('src/widgets/gpt-lab/worker/labSession.ts'),
    load('src/widgets/gpt-lab/props.ts'),
    load('src/math/gpt/dialogue.ts'),
    load('src/math/gpt/rlhf/comparisons.ts'),
  ]);
  return { LabSession, DEFAULT_PROPS, parseDialogues, parseComparisons };
}

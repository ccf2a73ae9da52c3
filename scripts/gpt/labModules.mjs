// The GPT lab's own TypeScript modules, loaded in Node through Vite's module runner, for the scripts that run the lab's
// session outside the page (pretrain.mjs, rlhfRun.mjs), so that they train with exactly the code a reader's browser runs.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dataDir = join(root, 'src', 'widgets', 'gpt-lab', 'data');

const load = async (path) => (await runnerImport(join(root, path), { root, configFile: false, logLevel: 'error' })).module;

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

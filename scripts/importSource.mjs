// Plain Node scripts (the browser tests, the bench, the diagram renderer) share the app's TypeScript modules instead
// of copying them: this loads one through Vite's module runner (about 0.2 s for a small module).
import { join } from 'node:path';

/** The module at `file` (relative to `root`), e.g. importSource(root, 'src/content/listChapters.ts'). */
export async function importSource(root, file) {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(join(root, file), { root, configFile: false, logLevel: 'error' });
  return module;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

/** Every unit and component test file, repo-relative: beside the code in src/, scripts/ and bench/. */
const testFiles = ['src', 'scripts', 'bench']
  .flatMap((folder) => readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).map((file) => `${folder}/${file}`))
  .filter((file) => /\.test\.(ts|tsx|mjs)$/.test(file) && !file.includes('node_modules'))
  .map((file) => file.split('\\').join('/'))
  .sort();

/** Component tests say so on their first line (`// @vitest-environment jsdom`); everything else runs in plain Node. */
const needsDom = (file: string) => /^\/\/ @vitest-environment /.test(readFileSync(join(root, file), 'utf8'));

/**
 * Files that keep global state between tests of a file and must not share it with other files: the DOM tests (a
 * fresh document each), and the storage tests (IndexedDB fakes, and zod's message locale, which the full zod package
 * installs globally when another file imports it).
 */
const isolated = testFiles.filter((file) => needsDom(file) || file.startsWith('src/storage/'));

// Two projects. "node": most files, pure functions and the pipeline, run in one shared module graph per worker
// (isolate: false), so React, KaTeX, the widget registry and the Markdown pipeline are imported once instead of once
// per file, which was most of the unit step's time. "isolated": each file in a fresh module graph and, for component
// tests, a fresh jsdom. Threads start faster than forked processes.
export default defineConfig({
  test: {
    restoreMocks: true,
    pool: 'threads',
    // No test is about speed: on a shared two-core machine under load, Vitest's default 5 s limit failed tests that
    // take 0.4 s on an idle one. A minute still stops a test that hangs.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', include: testFiles.filter((file) => !isolated.includes(file)), environment: 'node', isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: isolated, environment: 'node', isolate: true } },
    ],
  },
});

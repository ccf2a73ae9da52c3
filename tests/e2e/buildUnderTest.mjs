// What the browser tests build and where (shared by run.mjs, which builds it, and the tests, which read it): the
// reader's chapters plus the tests' own (tests/e2e/chapters) and a generated very long one (longChapter.mjs).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where run.mjs writes the generated chapters (the very long one), relative to the repository root. */
export const GENERATED_CHAPTERS = 'node_modules/.tmp/e2e-generated';

/** The folders of reader chapters in the build under test (NOTEBOOK_CONTENT), relative to the repository root. */
export function buildFolders() {
  return ['content', 'tests/e2e/chapters', GENERATED_CHAPTERS];
}

/** The folder the build under test is written to: E2E_OUT_DIR, else node_modules/.tmp/e2e-dist. */
export const DIST = process.env.E2E_OUT_DIR ?? process.env.E2E_DIST ?? join(root, 'node_modules', '.tmp', 'e2e-dist');

/** The file holding what the build printed: `<DIST>.build.log`. */
export const BUILD_LOG_FILE = `${DIST}.build.log`;

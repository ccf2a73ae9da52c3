#!/usr/bin/env node
// Runs the browser tests against the production build: builds it (unless --no-build) into its own folder with the
// tests' own chapters added (NOTEBOOK_CONTENT, see support.mjs), serves it on a free port, then runs every
// tests/e2e/*.test.mjs with Node's test runner in Chromium.
//   node tests/e2e/run.mjs [--no-build | --build-only [--quiet]] [file filter …]
// --quiet writes the build's output only to its log (<build folder>.build.log), for scripts/test.mjs, which builds
// while the unit tests print.
// E2E_OUT_DIR picks another build folder, so that two people (or agents) can run suites side by side.
// Two test files run at a time (E2E_CONCURRENCY, default 2): each drives its own Chromium, which waits on a page most
// of the time, so two keep a two-core machine busy (the browser step took 227 s one at a time, 163 s two at a time,
// on a loaded machine). Every test uses its own browser context, so no two share storage.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync } from 'node:fs';
import { basename, delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { findChromium } from './browser.mjs';
import { writeLongChapter } from './longChapter.mjs';
import { BUILD_LOG_FILE, buildFolders, DIST, GENERATED_CHAPTERS } from './buildUnderTest.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const filters = args.filter((arg) => !arg.startsWith('--'));

findChromium(); // Fail (or install) before the build, not after it.
const dist = DIST;
const environment = { NOTEBOOK_CONTENT: buildFolders().join(delimiter), NOTEBOOK_TIMINGS_SECTION: 'e2e build' };
if (!args.includes('--no-build')) {
  writeLongChapter(join(root, GENERATED_CHAPTERS));
  mkdirSync(dirname(dist), { recursive: true });
  // The build's output goes to the terminal and to a log that tests read (the large page's warning).
  const log = createWriteStream(BUILD_LOG_FILE);
  const code = await run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--out-dir', dist], environment, log, args.includes('--quiet'))
    .catch((error) => error.code ?? 1);
  await new Promise((resolve) => log.end(resolve));
  if (code !== 0) process.exit(code);
}
if (args.includes('--build-only')) process.exit(0);
const server = await serve({ dir: dist, port: 0 });
const { port } = server.address();
const files = readdirSync(here)
  .filter((name) => name.endsWith('.test.mjs'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .map((name) => join(here, name));
const tapFile = join(dist, '..', `${basename(dist)}.tap`);
mkdirSync(dirname(tapFile), { recursive: true });
const code = await run(process.execPath, [
  '--test', `--test-concurrency=${process.env.E2E_CONCURRENCY ?? 2}`,
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
  ...files,
], {
  ...environment,
  NOTEBOOK_URL: `http://127.0.0.1:${port}`,
  E2E_DIST: dist,
}).catch((error) => error.code ?? 1);
server.close();
process.exit(code);

/**
 * Runs a command with extra environment variables; its output goes to this terminal and to `log`, when one is given
 * (only to `log` when `quiet`).
 */
function run(command, commandArgs, extraEnv = {}, log = undefined, quiet = false) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: log ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...extraEnv } });
    if (log) {
      for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
        from.on('data', (chunk) => {
          if (!quiet) to.write(chunk);
          log.write(chunk);
        });
      }
    }
    child.on('exit', (exitCode) => (exitCode === 0 ? resolve(0) : reject(Object.assign(new Error(`${command} failed`), { code: exitCode ?? 1 }))));
  });
}

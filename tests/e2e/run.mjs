#!/usr/bin/env node
// Runs the browser tests against the production build: builds it (unless --no-build) into its own folder, serves it
// on a free port,
// then runs every tests/e2e/*.test.mjs with Node's test runner in Chromium.
//   node tests/e2e/run.mjs [--no-build] [file filter …]
// E2E_OUT_DIR picks another build folder, so that two people (or agents) can run suites side by side.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { findChromium } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = process.argv.slice(2);
const filters = args.filter((arg) => !arg.startsWith('--'));

findChromium(); // Fail (or install) before the build, not after it.
const dist = process.env.E2E_OUT_DIR ?? join(root, 'node_modules', '.tmp', 'e2e-dist');
if (!args.includes('--no-build')) {
  await run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--out-dir', dist]);
}
const server = await serve({ dir: dist, port: 0 });
const { port } = server.address();
const files = readdirSync(here)
  .filter((name) => name.endsWith('.test.mjs'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .map((name) => join(here, name));
const tapFile = join(dist, '..', `${basename(dist)}.tap`);
mkdirSync(dirname(tapFile), { recursive: true });
const code = await run(process.execPath, [
  '--test', '--test-concurrency=1',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
  ...files,
], {
  NOTEBOOK_URL: `http://127.0.0.1:${port}`,
}).catch((error) => error.code ?? 1);
server.close();
process.exit(code);

function run(command, commandArgs, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
    child.on('exit', (exitCode) => (exitCode === 0 ? resolve(0) : reject(Object.assign(new Error(`${command} failed`), { code: exitCode ?? 1 }))));
  });
}

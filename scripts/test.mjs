#!/usr/bin/env node
// The one command that runs every check: types, lint, unit and component tests, the copied-text check against the
// seed note (where ../shared exists), and the browser tests in Chromium against the production build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedTool = join(root, '..', 'shared', 'tools', 'seed-overlap.mjs');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const steps = [
  ['types', bin('tsc'), ['-b']],
  ['lint', bin('oxlint'), ['--deny-warnings', 'src', 'scripts', 'tests']],
  ['unit', bin('vitest'), ['run']],
  existsSync(seedTool)
    ? ['seed overlap', process.execPath, [seedTool, 'content']]
    : ['seed overlap', null, 'skipped: ../shared/tools/seed-overlap.mjs is not beside this clone'],
  ['browser', process.execPath, [join(root, 'tests', 'e2e', 'run.mjs')]],
];

const results = [];
for (const [name, command, args] of steps) {
  if (!command) {
    console.log(`\n▶ ${name}: ${args}`);
    results.push([name, 'skipped']);
    continue;
  }
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', cwd: root });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  results.push([name, status === 0 ? `ok (${seconds} s)` : `FAILED (exit ${status}, ${seconds} s)`]);
  if (status !== 0 && process.env.CI) break;
}
console.log('\nSummary');
for (const [name, outcome] of results) console.log(`  ${name.padEnd(13)} ${outcome}`);
const failed = results.filter(([, outcome]) => outcome.startsWith('FAILED')).length;
process.exit(failed ? 1 : 0);

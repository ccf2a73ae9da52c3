#!/usr/bin/env node
// The one command that runs every check: types, lint, unit and component tests, the copied-text check against the
// seed note (where ../shared exists), and the browser tests in Chromium against the production build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedTool = join(root, '..', 'shared', 'tools', 'seed-overlap.mjs');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const steps = [
  ['types', bin('tsc'), ['-b']],
  ['lint', bin('oxlint'), ['--deny-warnings', 'src', 'scripts', 'tests', 'bench']],
  ['unit', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${join(root, 'node_modules', '.tmp', 'vitest.json')}`]],
  existsSync(seedTool)
    ? ['seed overlap', process.execPath, [seedTool, 'content']]
    : ['seed overlap', null, 'skipped: ../shared/tools/seed-overlap.mjs is not beside this clone'],
  ['browser', process.execPath, [join(root, 'tests', 'e2e', 'run.mjs')]],
];

// Old reports must not be counted again.
rmSync(join(root, 'node_modules', '.tmp', 'vitest.json'), { force: true });
rmSync(join(root, 'node_modules', '.tmp', 'e2e-dist.tap'), { force: true });

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
const counts = testCounts();
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(failed || counts.failed ? 1 : 0);

/** Adds up the unit and browser test counts from the runners' machine-readable reports. */
function testCounts() {
  let passed = 0;
  let failedTests = 0;
  const vitestReport = join(root, 'node_modules', '.tmp', 'vitest.json');
  if (existsSync(vitestReport)) {
    const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failedTests += report.numFailedTests ?? 0;
  }
  const tap = join(root, 'node_modules', '.tmp', 'e2e-dist.tap');
  if (existsSync(tap)) {
    const text = readFileSync(tap, 'utf8');
    passed += Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
    failedTests += Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
  }
  return { passed, failed: failedTests };
}

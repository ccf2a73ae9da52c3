#!/usr/bin/env node
// The one command that runs every check: types, lint, unit and component tests, the copied-text check against the
// seed note (where ../shared exists), and the browser tests in Chromium against the production build. The browser
// tests' build runs while the unit tests do: Vitest keeps one worker on a two-core machine, and the build uses the
// other core. Prints each step's time and records them in node_modules/.tmp/timings.json ("test", scripts/timings.mjs).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_LOG_FILE, DIST } from '../tests/e2e/buildUnderTest.mjs';
import { recordTimings, seconds } from './timings.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seedTool = join(root, '..', 'shared', 'tools', 'seed-overlap.mjs');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const vitestReport = join(root, 'node_modules', '.tmp', 'vitest.json');
const tapReport = `${DIST}.tap`;
const e2e = join(root, 'tests', 'e2e', 'run.mjs');

// Old reports must not be counted again.
rmSync(vitestReport, { force: true });
rmSync(tapReport, { force: true });

const started = performance.now();
const results = [];
await step('types', bin('tsc'), ['-b']);
await step('lint', bin('oxlint'), ['--deny-warnings', 'src', 'scripts', 'tests', 'bench']);
const [, built] = await Promise.all([
  step('unit', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`]),
  step('browser build', process.execPath, [e2e, '--build-only', '--quiet'], { quiet: true }),
]);
if (existsSync(seedTool)) await step('seed overlap', process.execPath, [seedTool, 'content']);
else skip('seed overlap', 'skipped: ../shared/tools/seed-overlap.mjs is not beside this clone');
if (built) await step('browser', process.execPath, [e2e, '--no-build']);
else skip('browser', 'not run: the browser build failed');

const total = performance.now() - started;
console.log('\nSummary');
for (const { name, outcome } of results) console.log(`  ${name.padEnd(14)} ${outcome}`);
const failed = results.filter(({ outcome }) => outcome.startsWith('FAILED')).length;
const counts = testCounts();
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed; ${seconds(total).toFixed(1)} s in all`);
const timings = recordTimings(root, 'test', {
  seconds: seconds(total),
  steps: Object.fromEntries(results.filter((result) => result.seconds !== undefined).map((result) => [result.name, result.seconds])),
  tests: counts,
});
console.log(`step times recorded in ${timings}`);
process.exit(failed || counts.failed ? 1 : 0);

/**
 * Runs one step; resolves with whether it passed. A quiet step's output goes only to its log (the browser build's:
 * BUILD_LOG_FILE), whose end is printed when it fails, so that it does not interleave with the unit tests' output.
 */
function step(name, command, args, { quiet = false } = {}) {
  if (!quiet) console.log(`\n▶ ${name}`);
  const begun = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? 'ignore' : 'inherit', cwd: root });
    child.on('exit', (status) => {
      const time = seconds(performance.now() - begun);
      const passed = status === 0;
      results.push({ name, seconds: time, outcome: passed ? `ok (${time.toFixed(1)} s)` : `FAILED (exit ${status}, ${time.toFixed(1)} s)` });
      if (quiet) console.log(`\n▶ ${name}: ${passed ? 'ok' : 'FAILED'} in ${time.toFixed(1)} s (its output: ${BUILD_LOG_FILE})`);
      if (quiet && !passed && existsSync(BUILD_LOG_FILE)) console.log(readFileSync(BUILD_LOG_FILE, 'utf8').split('\n').slice(-40).join('\n'));
      if (!passed && process.env.CI) process.exit(1);
      resolve(passed);
    });
  });
}

function skip(name, why) {
  console.log(`\n▶ ${name}: ${why}`);
  results.push({ name, outcome: why });
}

/** Adds up the unit and browser test counts from the runners' machine-readable reports. */
function testCounts() {
  let passed = 0;
  let failedTests = 0;
  if (existsSync(vitestReport)) {
    const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failedTests += report.numFailedTests ?? 0;
  }
  if (existsSync(tapReport)) {
    const text = readFileSync(tapReport, 'utf8');
    passed += Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
    failedTests += Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
  }
  return { passed, failed: failedTests };
}

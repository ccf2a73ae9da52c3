// Where the build and the test runner leave their step times for the bench (bench/timings.mjs reads "build" and
// "test" into bench/results.json) and anyone else to pick up: node_modules/.tmp/timings.json, one section per tool:
//   { "build": { "finishedAt": "…", "commit": "<sha>", "outDir": "dist", "seconds": 14.2, "steps": { "server bundle": 4.1, … } },
//     "test": { "finishedAt": "…", "commit": "<sha>", "seconds": 241.7, "steps": { "types": 3.1, … }, "tests": { … } },
//     "e2e build": { … the browser tests' build … }, "dev": { … scripts/devEditLatency.mjs … } }
// Each tool replaces its own section and keeps the others.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The timings file of a checkout at `root`. */
export function timingsFile(root) {
  return join(root, 'node_modules', '.tmp', 'timings.json');
}

/** Every recorded section; {} when nothing was recorded yet or the file is unreadable. */
export function readTimings(root) {
  try {
    const parsed = JSON.parse(readFileSync(timingsFile(root), 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/** The commit checked out at `root`, or undefined outside a git checkout. */
function currentCommit(root) {
  const { status, stdout } = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return status === 0 ? stdout.trim() : undefined;
}

/**
 * Replaces one section (`build`, `test`, …) with `data`, stamped with the time it was written and the commit it
 * measured; returns the path.
 */
export function recordTimings(root, section, data) {
  const file = timingsFile(root);
  const all = readTimings(root);
  const commit = currentCommit(root);
  all[section] = { finishedAt: new Date().toISOString(), ...(commit ? { commit } : {}), ...data };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
  return file;
}

/** Seconds with one decimal, from milliseconds. */
export function seconds(milliseconds) {
  return Math.round(milliseconds / 100) / 10;
}

// Where the build and the test runner leave their step times for the bench (and anyone else) to pick up:
// node_modules/.tmp/timings.json, one section per tool, e.g.
//   { "build": { "at": "…", "outDir": "dist", "seconds": 14.2, "steps": { "server bundle": 4.1, … } },
//     "test": { "at": "…", "seconds": 241.7, "steps": { "types": 3.1, … }, "tests": { "passed": 700, "failed": 0 } } }
// Each tool replaces its own section and keeps the others.
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

/** Replaces one section (`build`, `test`, …) with `data`, stamped with the time it was written; returns the path. */
export function recordTimings(root, section, data) {
  const file = timingsFile(root);
  const all = readTimings(root);
  all[section] = { at: new Date().toISOString(), ...data };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
  return file;
}

/** Seconds with one decimal, from milliseconds. */
export function seconds(milliseconds) {
  return Math.round(milliseconds / 100) / 10;
}

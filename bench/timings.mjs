// How long the build and the test suite take, for bench/results.json. The bench times the build it runs itself; the
// test suite is too long to run inside the bench, so its time (and the build's steps) come from the file that
// `npm test` and `npm run build` leave behind, when there is one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where `npm run build` and `npm test` write their timings, relative to the repository root. Expected shape (every
 * part optional; seconds are wall-clock):
 *
 *   {
 *     "build": { "seconds": 18.4, "finishedAt": "2026-12-01T10:00:00.000Z", "commit": "<sha>",
 *                "steps": { "client": 9.1, "prerender": 7.2, "fonts": 1.1 } },
 *     "test":  { "seconds": 331.0, "finishedAt": "…", "commit": "<sha>",
 *                "steps": { "types": 12.3, "lint": 2.1, "unit": 170.4, "browser": 140.2 } }
 *   }
 */
export const TIMINGS_FILE = join('node_modules', '.tmp', 'timings.json');

/** The targets of issue #19 (seconds, on the project's 2-core machine when it is quiet). Reported, not enforced. */
export const TIME_TARGETS = { buildSeconds: 20, testSeconds: 360 };

/**
 * One run's timing from the file, checked: `{ seconds, finishedAt, commit, steps }` with only the fields that are
 * well-formed, or undefined (with the reason in `problems`) when `seconds` is missing or not a positive number.
 */
export function parseRunTiming(name, value, problems) {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || !(Number.isFinite(value.seconds) && value.seconds > 0)) {
    problems.push(`${TIMINGS_FILE}: ${name}.seconds must be a positive number, got ${JSON.stringify(value?.seconds ?? value)}`);
    return undefined;
  }
  const run = { seconds: value.seconds };
  if (typeof value.finishedAt === 'string' && !Number.isNaN(Date.parse(value.finishedAt))) run.finishedAt = value.finishedAt;
  if (typeof value.commit === 'string' && value.commit !== '') run.commit = value.commit;
  if (typeof value.steps === 'object' && value.steps !== null) {
    const steps = Object.entries(value.steps).filter(([, seconds]) => Number.isFinite(seconds) && seconds >= 0);
    if (steps.length > 0) run.steps = Object.fromEntries(steps);
  }
  return run;
}

/**
 * The build and test timings for the results: the bench's own build time when it built (`measuredBuildSeconds`),
 * else the file's; the test suite's from the file. Each says where it came from and whether it was taken at another
 * commit than `commit` (`stale`: the figure may not describe this code). `problems` lists what was unreadable.
 */
export function collectTimings(root, { measuredBuildSeconds, commit } = {}) {
  const problems = [];
  let file = {};
  const path = join(root, TIMINGS_FILE);
  if (existsSync(path)) {
    try {
      file = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${TIMINGS_FILE}: not JSON (${error.message})`);
    }
  }
  const fromFile = (name) => {
    const run = parseRunTiming(name, file?.[name], problems);
    if (!run) return undefined;
    return { ...run, source: TIMINGS_FILE, stale: commit !== undefined && run.commit !== undefined && run.commit !== commit };
  };
  const fileBuild = fromFile('build');
  const build =
    measuredBuildSeconds === undefined
      ? fileBuild
      : { seconds: measuredBuildSeconds, source: 'this bench run', stale: false, ...(fileBuild?.steps ? { steps: fileBuild.steps } : {}) };
  return { build, test: fromFile('test'), targets: TIME_TARGETS, problems };
}

/** One line per timing for the printed report, e.g. "build: 18.4 s (target ≤ 20 s), from this bench run". */
export function timingLines({ build, test }) {
  const line = (label, run, target) => {
    if (!run) return `${label}: not recorded (${TIMINGS_FILE} has no figure for it)`;
    const flag = run.seconds > target ? '!' : '';
    const steps = run.steps ? `; steps: ${Object.entries(run.steps).map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`).join(', ')}` : '';
    const when = run.stale ? `, taken at commit ${run.commit.slice(0, 7)}, not this one` : '';
    return `${label}: ${run.seconds.toFixed(1)} s${flag} (target ≤ ${target} s), from ${run.source}${when}${steps}`;
  };
  return [line('build', build, TIME_TARGETS.buildSeconds), line('test suite', test, TIME_TARGETS.testSeconds)];
}

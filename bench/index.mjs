#!/usr/bin/env node
// The performance benchmark of issue #8: builds the site, serves dist/, runs Lighthouse (mobile defaults) on both
// home pages and every chapter in both locales (median of 3 runs), then the interaction measurements (widget
// input → paint, search query time), and records how long the build and the test suite take. Prints one table, writes
// bench/results.json, and exits 1 when a budget is missed. bench/README.md has the budgets and what was learned.
//
//   npm run bench                      full run (takes a while)
//   npm run bench -- --quick           1 run on a few pages, for development
//   options: --runs N  --pages /en/,/zh/gelu/  --no-build  --no-warm-up  --no-lighthouse  --no-measurements
//            --cpu-slowdown N  --only gpt-lab-bytes,search (the interaction measurements with these ids alone)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/browser.mjs';
import { serve } from '../scripts/serve.mjs';
import { MEASUREMENT_BUDGETS, missedPageBudgets, PAGE_BUDGETS } from './budgets.mjs';
import { launchDebuggableChromium } from './chromium.mjs';
import { initialJavaScript } from './initialJs.mjs';
import { runLighthouse, summariseRun } from './lighthouseRun.mjs';
import { MEASUREMENTS } from './measurements/index.mjs';
import { benchPages } from './pages.mjs';
import { findings, measurementTable, pageTable } from './report.mjs';
import { median } from './stats.mjs';
import { collectTimings, timingLines } from './timings.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const options = parseOptions(process.argv.slice(2));
const started = performance.now();

warnWithoutChineseFont();
let measuredBuildSeconds;
if (options.build) {
  const buildStarted = performance.now();
  await run(process.execPath, [join(root, 'scripts', 'build.mjs')], { NODE_ENV: 'production' });
  measuredBuildSeconds = Math.round((performance.now() - buildStarted) / 100) / 10;
}
const server = await serve({ dir: dist, port: 0 });
const baseUrl = `http://127.0.0.1:${server.address().port}`;
console.log(`serving ${dist} at ${baseUrl}`);

let pages = [];
let measurements = [];
try {
  const paths = options.pages ?? (await benchPages(root, { quick: options.quick }));
  if (options.lighthouse) pages = await auditPages(paths);
  if (options.measurements) measurements = await measure();
} finally {
  server.close();
}

const pageMisses = pages.filter((page) => page.missed.length > 0);
const measurementMisses = measurements.filter((m) => m.status === 'ok' && m.budget !== null && m.value > m.budget);
const measurementFailures = measurements.filter((m) => m.status === 'failed');
const passed = pageMisses.length === 0 && measurementMisses.length === 0 && measurementFailures.length === 0;
const commit = git(['rev-parse', 'HEAD']);
const timings = collectTimings(root, { measuredBuildSeconds, commit });
const results = {
  date: new Date().toISOString(),
  commit: commit ?? null,
  uncommittedChanges: git(['status', '--porcelain']) === undefined ? null : git(['status', '--porcelain']) !== '',
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverage: loadavg(), node: process.version },
  lighthouse: JSON.parse(readFileSync(join(root, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version,
  options,
  budgets: { pages: PAGE_BUDGETS, measurements: MEASUREMENT_BUDGETS },
  passed,
  pages,
  measurements,
  timings,
  seconds: Math.round((performance.now() - started) / 1000),
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

if (pages.length > 0) {
  console.log(`\nLighthouse ${results.lighthouse}, mobile defaults, median of ${options.runs} run(s) ("!" = budget missed)\n`);
  console.log(pageTable(pages));
  console.log(`\n${findings(pages)}`);
}
if (measurements.length > 0) console.log(`\n${measurementTable(measurements)}`);
console.log(`\n${timingLines(timings).join('\n')}`);
for (const problem of timings.problems) console.warn(`timings: ${problem}`);
for (const page of pageMisses) console.log(`budget missed on ${page.path}: ${page.missed.join(', ')}`);
for (const m of measurementMisses) console.log(`budget missed: ${m.label} ${m.value.toFixed(2)} ${m.unit} > ${m.budget} ${m.unit}`);
for (const m of measurementFailures) console.log(`measurement failed: ${m.label}: ${m.reason}`);
console.log(`\n${passed ? 'all budgets met' : 'budgets missed'}; results in bench/results.json (${results.seconds} s)`);
process.exit(passed ? 0 : 1);

/** Lighthouse on every path, `options.runs` times each; per page the runs, their medians and the missed budgets. */
async function auditPages(paths) {
  let chromium = await launchDebuggableChromium();
  const audited = [];
  try {
    if (options.warmUp && paths.length > 0) chromium = await warmUp(paths[0], chromium);
    for (const path of paths) {
      const runs = [];
      for (let attempt = 0; runs.length < options.runs && attempt < options.runs + 2; attempt += 1) {
        const runStarted = performance.now();
        try {
          runs.push(summariseRun(await runLighthouse(new URL(path, baseUrl).href, chromium.port)));
          const last = runs.at(-1);
          console.log(`${path} run ${runs.length}: performance ${last.performance}, LCP ${Math.round(last.lcpMs)} ms, TBT ${Math.round(last.tbtMs)} ms, benchmark index ${Math.round(last.benchmarkIndex)} (${((performance.now() - runStarted) / 1000).toFixed(0)} s)`);
        } catch (error) {
          console.warn(`${path}: Lighthouse failed (${error.message}); restarting Chromium`);
          await chromium.close();
          chromium = await launchDebuggableChromium();
        }
      }
      audited.push(pageResult(path, runs));
    }
  } finally {
    await chromium.close();
  }
  return audited;
}

/**
 * One Lighthouse run on `path` that counts for nothing, before the measured ones: the first runs after the build and
 * Chromium's start see a machine 15-35% slower by Lighthouse's own CPU benchmark (bench/README.md). Resolves with the
 * browser to go on with (a new one if Lighthouse failed in the old).
 */
async function warmUp(path, chromium) {
  try {
    const uncounted = summariseRun(await runLighthouse(new URL(path, baseUrl).href, chromium.port));
    console.log(`warm-up run on ${path}, not counted: performance ${uncounted.performance}, LCP ${Math.round(uncounted.lcpMs)} ms, `
      + `TBT ${Math.round(uncounted.tbtMs)} ms, benchmark index ${Math.round(uncounted.benchmarkIndex)}`);
    return chromium;
  } catch (error) {
    console.warn(`warm-up run on ${path}: Lighthouse failed (${error.message}); restarting Chromium`);
    await chromium.close();
    return launchDebuggableChromium();
  }
}

/** The medians of one page's runs, its initial JavaScript, the findings of its median run and the missed budgets. */
function pageResult(path, runs) {
  const metric = (key) => median(runs.map((one) => one[key]));
  const initial = initialJavaScript(dist, path);
  const medianValues = {
    performance: metric('performance'),
    accessibility: metric('accessibility'),
    bestPractices: metric('bestPractices'),
    fcpMs: metric('fcpMs'),
    lcpMs: metric('lcpMs'),
    tbtMs: metric('tbtMs'),
    cls: metric('cls'),
    jsBytes: metric('jsBytes'),
    fontBytes: metric('fontBytes'),
    totalBytes: metric('totalBytes'),
    initialJsBytes: initial.gzipBytes,
    benchmarkIndex: metric('benchmarkIndex'),
  };
  const medianRun = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
  const failedAudits = new Map();
  for (const one of runs) for (const audit of one.failedAudits) if (!failedAudits.has(audit.id)) failedAudits.set(audit.id, audit);
  return {
    path,
    median: medianValues,
    missed: runs.length === 0 ? ['no Lighthouse run succeeded'] : missedPageBudgets(medianValues),
    initialJs: initial.files,
    failedAudits: [...failedAudits.values()],
    performanceFindings: medianRun?.performanceFindings ?? [],
    largestResources: medianRun?.largestResources ?? [],
    lcpElement: medianRun?.lcpElement,
    runs: runs.map(({ largestResources: _resources, failedAudits: _audits, performanceFindings: _findings, ...figures }) => figures),
  };
}

/** Runs every interaction measurement in one Chromium; a measurement that throws is recorded as failed. */
async function measure() {
  const browser = await launchChromium();
  const done = [];
  try {
    for (const measurement of MEASUREMENTS.filter(({ id }) => !options.only || options.only.includes(id))) {
      const { id, label, unit, budget } = measurement;
      let outcome;
      try {
        outcome = await measurement.run({ root, baseUrl, browser, cpuSlowdown: options.cpuSlowdown });
      } catch (error) {
        outcome = { status: 'failed', reason: error.message.split('\n')[0] };
      }
      console.log(`${label}: ${outcome.status === 'ok' ? `${outcome.value.toFixed(2)} ${unit}` : `${outcome.status} (${outcome.reason})`}`);
      done.push({ id, label, unit, budget, ...outcome });
    }
  } finally {
    await browser.close();
  }
  return done;
}

function parseOptions(args) {
  const value = (name) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const quick = args.includes('--quick');
  return {
    quick,
    runs: Number(value('--runs') ?? (quick ? 1 : 3)),
    pages: value('--pages')?.split(',').filter(Boolean),
    build: !args.includes('--no-build'),
    warmUp: !args.includes('--no-warm-up') && !quick,
    lighthouse: !args.includes('--no-lighthouse'),
    measurements: !args.includes('--no-measurements'),
    cpuSlowdown: Number(value('--cpu-slowdown') ?? 1),
    only: value('--only')?.split(',').filter(Boolean),
  };
}

function warnWithoutChineseFont() {
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (fonts.status !== 0 || fonts.stdout.trim() === '') {
    console.warn('warning: no Chinese font found (fc-list :lang=zh is empty): Chromium will draw Chinese pages as boxes and '
      + 'mis-measure them. Install one: apt-get install -y fonts-noto-cjk');
  }
}

/** git's output, or undefined outside a repository. */
function git(args) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function run(command, args, extraEnv) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...extraEnv } });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

#!/usr/bin/env node
// The tables of bench/README.md ("The latest run") from bench/results.json, as Markdown, so that the README shows
// what the last run measured rather than figures copied by hand.
//   node bench/latestTable.mjs [path/to/results.json]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const seconds = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '–');
const kilobytes = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '–');
const whole = (value) => (Number.isFinite(value) ? String(Math.round(value)) : '–');

/** One Markdown table row. */
const row = (cells) => `| ${cells.join(' | ')} |`;

/**
 * The README's tables for one results object: a heading line saying when, where and how it ran; a row per page
 * (medians, each run's TBT and benchmark index); the interaction measurements; the build and test-suite times.
 */
export function latestTables(results) {
  const lines = [];
  const commit = results.commit ? results.commit.slice(0, 7) : 'unknown commit';
  const dirty = results.uncommittedChanges ? ', with uncommitted changes' : '';
  lines.push(
    `Run of ${results.date.slice(0, 10)} at ${commit}${dirty}: ${results.machine.cpus} cores, Node ${results.machine.node}, `
      + `Lighthouse ${results.lighthouse}, median of ${results.options.runs} run(s) per page, ${results.seconds} s in all; `
      + `budgets ${results.passed ? 'all met' : 'missed'}.`,
    '',
  );
  if (results.pages.length > 0) {
    lines.push(
      row(['page', 'perf', 'FCP', 'LCP', 'TBT', 'TBT per run', 'benchmark index per run', 'CLS', 'JS before interactive', 'KaTeX fonts']),
      row(Array(10).fill('---')),
    );
    for (const page of results.pages) {
      const m = page.median;
      lines.push(row([
        `${page.path}${page.missed.length > 0 ? ' (!)' : ''}`,
        whole(m.performance),
        seconds(m.fcpMs),
        seconds(m.lcpMs),
        `${whole(m.tbtMs)} ms`,
        page.runs.map((run) => whole(run.tbtMs)).join(' / '),
        page.runs.map((run) => whole(run.benchmarkIndex)).join(' / '),
        Number.isFinite(m.cls) ? m.cls.toFixed(3) : '–',
        kilobytes(m.initialJsBytes),
        kilobytes(m.fontBytes),
      ]));
    }
    lines.push('');
  }
  if (results.measurements.length > 0) {
    lines.push(row(['measurement', 'median', 'p95', 'budget']), row(Array(4).fill('---')));
    for (const m of results.measurements) {
      const value = m.status === 'ok' ? `${m.value.toFixed(2)} ${m.unit}` : `${m.status}: ${m.reason ?? ''}`;
      const p95 = Number.isFinite(m.detail?.p95) ? `${m.detail.p95.toFixed(2)} ${m.unit}` : '–';
      lines.push(row([m.label, value, p95, m.budget == null ? 'none' : `≤ ${m.budget} ${m.unit}`]));
    }
    lines.push('');
  }
  const timing = (label, run, target) =>
    run ? `${label}: ${run.seconds.toFixed(1)} s (target ≤ ${target} s; ${run.source}${run.stale ? ', another commit' : ''})`
      : `${label}: not recorded`;
  if (results.timings) {
    lines.push(
      `${timing('Build', results.timings.build, results.timings.targets.buildSeconds)}. `
        + `${timing('Test suite', results.timings.test, results.timings.targets.testSeconds)}.`,
    );
  }
  return lines.join('\n').trimEnd();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'results.json');
  console.log(latestTables(JSON.parse(readFileSync(file, 'utf8'))));
}

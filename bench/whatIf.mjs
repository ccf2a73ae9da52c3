#!/usr/bin/env node
// Which main-thread task decides a page's TBT? Saves Lighthouse loads of a page, then audits them again with chosen
// tasks scaled (./traceWhatIf.mjs explains why this beats measuring). Serves the current dist/ (run `npm run build`
// or `npm run bench` first).
//
//   npm run bench:whatif -- gather /en/adam/ [runs]       saves runs (default 3) under bench/whatif/en-adam/1, 2, …
//   npm run bench:whatif -- list bench/whatif/en-adam/1   prints the main-thread tasks of 10 ms or more
//   npm run bench:whatif -- audit bench/whatif/en-adam/1 before:0.5 first-render:0.7
//                                                         TBT, FCP and LCP as saved, then with those tasks scaled
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { serve } from '../scripts/serve.mjs';
import { launchDebuggableChromium } from './chromium.mjs';
import { CLEAR_STORAGE_TYPES } from './lighthouseRun.mjs';
import { mainThreadTasks, parseScaling, scaleTasks, SIGNIFICANT_TASK_US } from './traceWhatIf.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const TRACE_FILE = 'defaultPass.trace.json';
// Gathering and auditing must use the same settings, or Lighthouse refuses the saved artifacts.
const SETTINGS = { logLevel: 'error', onlyCategories: ['performance'], clearStorageTypes: CLEAR_STORAGE_TYPES };

const [command, target, ...rest] = process.argv.slice(2);
try {
  if (command === 'gather' && target) await gather(target, Number(rest[0] ?? 3));
  else if (command === 'list' && target) list(target);
  else if (command === 'audit' && target) await auditWithScaling(target, rest.map(parseScaling));
  else throw new Error('usage: whatIf.mjs gather <page path> [runs] | list <gather folder> | audit <gather folder> [group:factor …]');
} catch (error) {
  console.error(`bench:whatif: ${error.message}`);
  process.exit(2);
}

async function gather(path, runs) {
  const server = await serve({ dir: join(root, 'dist'), port: 0 });
  const chromium = await launchDebuggableChromium();
  try {
    const folder = join(root, 'bench', 'whatif', path.split('/').filter(Boolean).join('-') || 'root');
    for (let run = 1; run <= runs; run += 1) {
      const out = join(folder, String(run));
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out, { recursive: true });
      await lighthouse(`http://127.0.0.1:${server.address().port}${path}`, { ...SETTINGS, port: chromium.port, gatherMode: out });
      console.log(`${out}: ${await audit(out)}`);
    }
  } finally {
    await chromium.close();
    server.close();
  }
}

function list(folder) {
  const { traceEvents } = readTrace(folder);
  for (const entry of mainThreadTasks(traceEvents).filter((each) => each.task.dur >= SIGNIFICANT_TASK_US)) {
    const byName = new Map();
    for (const event of entry.inside) byName.set(event.name, (byName.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
    const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, ms]) => `${name} ${ms.toFixed(1)}`);
    console.log(`task@${Math.round(entry.startMs)}  ${(entry.task.dur / 1000).toFixed(1)} ms${entry.didLayout ? '  (layout)' : ''}  ${top.join(', ')}`);
  }
}

async function auditWithScaling(folder, scalings) {
  console.log(`as saved: ${await audit(folder)}`);
  if (scalings.length === 0) return;
  const copy = mkdtempSync(join(tmpdir(), 'whatif-'));
  try {
    cpSync(folder, copy, { recursive: true });
    const trace = readTrace(copy);
    const tasks = mainThreadTasks(trace.traceEvents);
    const scaled = scalings.map((scaling) => `${scaling.group}×${scaling.factor} (${scaleTasks(tasks, scaling)} tasks)`);
    writeFileSync(join(copy, TRACE_FILE), JSON.stringify(trace.raw));
    console.log(`${scaled.join(', ')}: ${await audit(copy)}`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Lighthouse's audit of a saved load, in one line: its TBT, FCP and LCP. */
async function audit(folder) {
  const result = await lighthouse(undefined, { ...SETTINGS, auditMode: folder });
  const ms = (id) => Math.round(result.lhr.audits[id].numericValue);
  return `TBT ${ms('total-blocking-time')} ms, FCP ${ms('first-contentful-paint')} ms, LCP ${ms('largest-contentful-paint')} ms`;
}

/** The saved trace as read (`raw`, to write back in the same shape) and its events. */
function readTrace(folder) {
  const raw = JSON.parse(readFileSync(join(folder, TRACE_FILE), 'utf8'));
  return { raw, traceEvents: Array.isArray(raw) ? raw : raw.traceEvents };
}

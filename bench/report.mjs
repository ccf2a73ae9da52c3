// The benchmark's printed table and its summary of what dominates the figures.
import { PAGE_BUDGETS } from './budgets.mjs';

const KB = 1024;
const METRIC_AUDITS = new Set(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index',
  'interactive', 'max-potential-fid', 'cumulative-layout-shift']);
const fixed = (value, digits) => (value === undefined || value === null ? '–' : value.toFixed(digits));
const seconds = (ms) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
const kilobytes = (bytes) => (bytes === undefined ? '–' : `${(bytes / KB).toFixed(1)}`);

/** The per-page table (medians), one line per page, with the missed budgets flagged by "!". */
export function pageTable(pages) {
  const header = ['page', 'perf', 'a11y', 'bp', 'FCP', 'LCP', 'TBT ms', 'CLS', 'JS KB', 'init JS KB', 'font KB'];
  const flag = (key, text, value) => {
    const budget = PAGE_BUDGETS[key];
    if (!budget || value === undefined) return text;
    const miss = (budget.min !== undefined && value < budget.min) || (budget.max !== undefined && value > budget.max);
    return miss ? `${text}!` : text;
  };
  const rows = pages.map(({ path, median: m }) => [
    path,
    flag('performance', fixed(m.performance, 0), m.performance),
    flag('accessibility', fixed(m.accessibility, 0), m.accessibility),
    flag('bestPractices', fixed(m.bestPractices, 0), m.bestPractices),
    seconds(m.fcpMs),
    flag('lcpMs', seconds(m.lcpMs), m.lcpMs),
    flag('tbtMs', fixed(m.tbtMs, 0), m.tbtMs),
    flag('cls', fixed(m.cls, 3), m.cls),
    kilobytes(m.jsBytes),
    flag('initialJsBytes', kilobytes(m.initialJsBytes), m.initialJsBytes),
    kilobytes(m.fontBytes),
  ]);
  return formatTable(header, rows);
}

/** The interaction measurements: one line each. */
export function measurementTable(measurements) {
  const rows = measurements.map((m) => {
    // A measurement with a null budget (a throughput) is reported, not judged.
    const budget = m.budget === null ? 'none' : `budget ≤ ${m.budget} ${m.unit}`;
    if (m.status !== 'ok') return [m.label, m.status, budget, m.reason ?? ''];
    const extra = m.detail?.note ?? (m.detail?.p95 !== undefined ? `p95 ${m.detail.p95.toFixed(2)} ${m.unit}` : '');
    return [m.label, `${m.value.toFixed(2)} ${m.unit}${m.budget !== null && m.value > m.budget ? '!' : ''}`, budget, extra];
  });
  return formatTable(['measurement', 'median', 'budget', 'notes'], rows);
}

/**
 * What dominates across pages: the accessibility and best-practices audits that failed (with the pages and elements),
 * the performance audits that did not pass, the largest resources by transfer size, and the LCP elements.
 */
export function findings(pages) {
  const lines = [];
  const audits = new Map();
  for (const page of pages) {
    for (const audit of page.failedAudits) {
      const entry = audits.get(audit.id) ?? { ...audit, pages: [] };
      entry.pages.push(page.path);
      audits.set(audit.id, entry);
    }
  }
  lines.push('Failed accessibility / best-practices audits (from the median run of each page):');
  if (audits.size === 0) lines.push('  none');
  for (const audit of audits.values()) {
    lines.push(`  [${audit.category}] ${audit.id}: ${audit.title} — ${audit.pages.length} page(s): ${audit.pages.join(' ')}`);
    for (const item of audit.items) lines.push(`      ${item}`);
  }
  lines.push('Performance audits that did not pass (median run; metric audits left out, they are in the table):');
  const performance = new Map();
  for (const page of pages) {
    for (const audit of page.performanceFindings) {
      if (METRIC_AUDITS.has(audit.id)) continue;
      const entry = performance.get(audit.id) ?? { ...audit, values: [] };
      entry.values.push(`${page.path} ${audit.displayValue ?? ''}`.trim());
      performance.set(audit.id, entry);
    }
  }
  for (const audit of performance.values()) {
    lines.push(`  ${audit.id}: ${audit.title} — ${audit.values.length} page(s); e.g. ${audit.values.slice(0, 3).join(', ')}`);
    for (const item of audit.items.slice(0, 3)) lines.push(`      ${item}`);
  }
  const resources = new Map();
  for (const page of pages) {
    for (const resource of page.largestResources) {
      const name = resource.url.replace(/^https?:\/\/[^/]+/, '');
      const entry = resources.get(name) ?? { name, type: resource.type, transferSize: resource.transferSize, pages: 0 };
      entry.pages += 1;
      resources.set(name, entry);
    }
  }
  lines.push('Largest transfers (median run), with the number of audited pages that load them:');
  for (const resource of [...resources.values()].sort((a, b) => b.transferSize - a.transferSize).slice(0, 12)) {
    lines.push(`  ${kilobytes(resource.transferSize).padStart(7)} KB  ${resource.type.padEnd(10)} ${resource.name} (${resource.pages} pages)`);
  }
  lines.push('LCP elements:');
  for (const page of pages) lines.push(`  ${page.path.padEnd(24)} ${page.lcpElement?.selector ?? '–'}`);
  return lines.join('\n');
}

function formatTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

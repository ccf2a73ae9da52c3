// One Lighthouse run (mobile defaults: the default config) and the figures the benchmark keeps from its report.
import lighthouse from 'lighthouse';

/** The categories the benchmark audits. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * What is cleared before each run: Lighthouse's default (caches, service workers) plus the reader's saved progress,
 * which Lighthouse 12 keeps. Every run is a reader's first visit; without this, a run would find the progress an
 * earlier run left (its full-page screenshot mounts every quiz) and measure a returning reader instead, depending on
 * the order of the pages.
 */
export const CLEAR_STORAGE_TYPES = ['file_systems', 'shader_cache', 'service_workers', 'cache_storage', 'indexeddb', 'local_storage'];

/** Runs Lighthouse on `url` through the Chromium listening on `port`; resolves with the report (LHR). */
export async function runLighthouse(url, port) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    clearStorageTypes: CLEAR_STORAGE_TYPES,
  });
  if (!result?.lhr) throw new Error(`Lighthouse returned no report for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

const score = (lhr, id) => {
  const value = lhr.categories[id]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : undefined;
};
const numeric = (lhr, id) => lhr.audits[id]?.numericValue;

/**
 * The figures of one run: scores (0–100), FCP/LCP/TBT in ms, CLS, transferred JavaScript and font bytes, the largest
 * resources, the LCP element, every audit that failed in accessibility and best practices with its elements, and the
 * performance audits that did not pass.
 */
export function summariseRun(lhr) {
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  const bytesOf = (type) => requests.filter((request) => request.resourceType === type).reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    fcpMs: numeric(lhr, 'first-contentful-paint'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    jsBytes: bytesOf('Script'),
    fontBytes: bytesOf('Font'),
    totalBytes: requests.reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
    // Lighthouse's measure of this machine's speed (about 1000+ on a fast desktop; lower means slower, noisier runs).
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    largestResources: [...requests]
      .sort((a, b) => (b.transferSize ?? 0) - (a.transferSize ?? 0))
      .slice(0, 8)
      .map((request) => ({ url: request.url, type: request.resourceType, transferSize: request.transferSize ?? 0 })),
    lcpElement: lcpElement(lhr),
    failedAudits: failedAudits(lhr, ['accessibility', 'best-practices']),
    performanceFindings: failedAudits(lhr, ['performance']),
  };
}

function lcpElement(lhr) {
  const items = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = items.flatMap((item) => item.items ?? [item]).find((item) => item.node)?.node;
  return node ? { selector: node.selector, snippet: node.snippet } : undefined;
}

/** Audits of the given categories that scored below 1, with up to five offending elements or URLs each. */
function failedAudits(lhr, categories) {
  const failed = [];
  for (const category of categories) {
    for (const reference of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[reference.id];
      if (!audit || audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'informative') continue;
      if (audit.scoreDisplayMode === 'metricSavings' && category === 'performance' && !audit.details) continue;
      const items = (audit.details?.items ?? []).map(describeItem).filter(Boolean).slice(0, 5);
      failed.push({ category, id: reference.id, title: audit.title, score: audit.score, displayValue: audit.displayValue, items });
    }
  }
  return failed;
}

const ms = (value) => `${Math.round(value)} ms`;

/** One line for an item of an audit's details table: the element, the URL with its cost, or the statistic. */
function describeItem(item) {
  if (item.node) return [item.node.selector, item.node.snippet].filter(Boolean).join('  ');
  if (item.groupLabel) return `${item.groupLabel}: ${ms(item.duration)}`;
  if (item.url && item.total !== undefined) return `${item.url}: ${ms(item.total)} (script ${ms(item.scripting ?? 0)})`;
  if (item.url && item.wastedBytes !== undefined) return `${item.url}: ${Math.round(item.wastedBytes / 1024)} KiB unused`;
  if (item.url) return item.url;
  if (item.statistic) return `${item.statistic}: ${item.value?.value ?? ''}`;
  if (item.source?.url) return `${item.source.url}:${item.source.line ?? ''}`;
  if (item.type) return undefined; // A nested table or list of an insight: its headline says enough.
  return item.description ?? item.label ?? JSON.stringify(item).slice(0, 160);
}

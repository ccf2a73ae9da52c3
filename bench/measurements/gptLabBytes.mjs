// What the GPT lab costs to load (issue #23's budget: its code, ≤ 40 KB gzip before the checkpoint). The chapter is
// opened and its first other widget (a quiz) brought into view and left to settle, so that what every widget shares
// (React, the widget runtime, the registry) is loaded; then the lab is brought near the screen, and the bytes the page
// and the lab's worker fetch from then until the lab is ready are summed as they came over the wire (gzip:
// scripts/serve.mjs compresses), JavaScript and CSS only: the corpora, dialogues, comparisons and checkpoint are data,
// fetched as separate files and not counted. The detail also reports what opening the RLHF tabs fetches later (their
// panels and the worker's stages).
// A fresh context with service workers blocked, so that nothing comes from a cache. KB here means 1000 bytes.
import { MEASUREMENT_BUDGETS } from '../budgets.mjs';

const PATH = '/en/build-your-own/';
const READY_TIMEOUT_MS = 60_000;
/** Quiet time that counts as settled: longer than a widget's wait for an idle moment (2 s at most, afterLoad.ts). */
const SETTLE_MS = 2500;

/** The measurement. */
export const gptLabBytes = {
  id: 'gpt-lab-bytes',
  label: 'GPT lab code fetched when it nears the screen (gzip, before the checkpoint)',
  unit: 'KB',
  budget: MEASUREMENT_BUDGETS.gptLabCodeKB,
  async run({ baseUrl, browser }) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const response = await page.goto(new URL(PATH, baseUrl).href, { waitUntil: 'networkidle' });
      if (!response?.ok() || !(await page.$('[data-widget="gpt-lab"]'))) return { status: 'not available', reason: `${PATH} has no gpt-lab slot` };
      const other = await page.$('[data-widget]:not([data-widget="gpt-lab"])');
      if (other) {
        await other.scrollIntoViewIfNeeded();
        await settle(page);
      }
      const seen = new Set(await resourceUrls(page));
      const shared = await fetchedSince(page, new Set());
      await page.$eval('[data-widget="gpt-lab"]', (element) => element.scrollIntoView({ block: 'start' }));
      await page.waitForSelector('.gpt-lab[data-ready="true"]', { timeout: READY_TIMEOUT_MS });
      await settle(page);
      const lab = await fetchedSince(page, seen);

      // The RLHF tabs, opened for the first time: their panels load, and adding the shipped comparisons makes the
      // worker load the reward model and PPO.
      await page.getByTestId('tab-comparisons').click();
      await page.getByTestId('add-shipped').click();
      await page.waitForFunction(() => Number(document.querySelector('[data-testid="comparison-counts"]')?.getAttribute('data-total')) > 0, null, { timeout: READY_TIMEOUT_MS });
      for (const tab of ['reward', 'ppo']) {
        await page.getByTestId(`tab-${tab}`).click();
        await page.getByTestId(`${tab}-train`).waitFor({ timeout: READY_TIMEOUT_MS });
      }
      await settle(page);
      const rlhf = await fetchedSince(page, seen);
      const kilobytes = (files) => files.reduce((sum, file) => sum + file.bytes, 0) / 1000;
      return {
        status: 'ok',
        value: kilobytes(lab),
        detail: {
          files: lab,
          rlhfTabsKB: kilobytes(rlhf),
          rlhfFiles: rlhf,
          loadedBeforeKB: kilobytes(shared),
          note: `${kilobytes(lab).toFixed(1)} KB in ${lab.length} files when the lab nears the screen; opening the RLHF tabs then fetches ${kilobytes(rlhf).toFixed(1)} KB more in ${rlhf.length} files`,
        },
      };
    } finally {
      await context.close();
    }
  },
};

/** Waits until neither the page nor its workers have fetched anything for SETTLE_MS. */
async function settle(page) {
  let count = -1;
  for (;;) {
    const now = (await resources(page)).length;
    if (now === count) return;
    count = now;
    await page.waitForTimeout(SETTLE_MS);
  }
}

/** Every resource the page and its workers have fetched so far, with its compressed size in bytes. */
async function resources(page) {
  const list = () => performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, bytes: entry.encodedBodySize }));
  const lists = await Promise.all([page.evaluate(list), ...page.workers().map((worker) => worker.evaluate(list))]);
  return lists.flat();
}

async function resourceUrls(page) {
  return (await resources(page)).map((entry) => entry.url);
}

/** The JavaScript and CSS fetched since `seen` was filled, each file once, largest first; adds them to `seen`. */
async function fetchedSince(page, seen) {
  const files = new Map();
  for (const { url, bytes } of await resources(page)) {
    const { pathname } = new URL(url);
    if (seen.has(url) || !/\.(m?js|css)$/.test(pathname)) continue;
    files.set(url, { path: pathname, bytes: Math.max(bytes, files.get(url)?.bytes ?? 0) });
  }
  for (const url of files.keys()) seen.add(url);
  return [...files.values()].sort((a, b) => b.bytes - a.bytes);
}

// The GPT lab's training speed in the reader's browser: the chapter's lab at its default size (2 layers, width 32,
// context 64, batch 8) trains for WARM_UP_MS, then the steps it takes in the next MEASURE_MS give steps per second
// and tokens per second (steps × batch × context). Wall-clock time, so validation and samples are included: what a
// reader sees. Reported, not judged (budget null): it says what "a minute of training" means on this machine.
/** Training before the count starts (the JIT warms up, the first samples are taken). */
const WARM_UP_MS = 5000;
/** Training counted. */
const MEASURE_MS = 20_000;
/** Tokens per step at the default size. */
const TOKENS_PER_STEP = 8 * 64;

/** The measurement. */
export const gptLabTraining = {
  id: 'gpt-lab-training',
  label: 'GPT lab training throughput',
  unit: 'tokens/s',
  budget: null,
  async run({ baseUrl, browser }) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      await page.goto(new URL('/en/build-your-own/', baseUrl).href, { waitUntil: 'load' });
      const slot = await page.$('[data-widget="gpt-lab"]');
      if (!slot) return { status: 'not available', reason: '/en/build-your-own/ has no gpt-lab slot' };
      await startTraining(page);
      await page.waitForTimeout(WARM_UP_MS);
      const first = await stepAndTime(page);
      await page.waitForTimeout(MEASURE_MS);
      const last = await stepAndTime(page);
      const stepsPerSecond = ((last.step - first.step) * 1000) / (last.at - first.at);
      const readout = await page.getByTestId('pretrain-tokens-per-second').textContent();
      return {
        status: 'ok',
        value: stepsPerSecond * TOKENS_PER_STEP,
        detail: {
          stepsPerSecond,
          steps: last.step - first.step,
          seconds: (last.at - first.at) / 1000,
          labReadoutTokensPerSecond: Number(readout),
          note: `${stepsPerSecond.toFixed(2)} steps/s; the lab's own readout (training time only) ${readout} tokens/s`,
        },
      };
    } finally {
      await context.close();
    }
  },
};

/** Scrolls to the lab, waits for its first state and presses Train (also used by the input-to-paint measurement). */
export async function startTraining(page) {
  await page.$eval('[data-widget="gpt-lab"]', (element) => {
    let deferred = element.parentElement;
    while (deferred && getComputedStyle(deferred).contentVisibility !== 'auto') deferred = deferred.parentElement;
    deferred?.scrollIntoView({ block: 'start' });
  });
  await page.locator('[data-widget="gpt-lab"]').scrollIntoViewIfNeeded();
  await page.waitForSelector('.gpt-lab[data-ready="true"]', { timeout: 60_000 });
  await page.getByTestId('pretrain-train').click();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="pretrain-step"]')?.getAttribute('data-step')) > 0, null, { timeout: 60_000 });
}

async function stepAndTime(page) {
  return page.evaluate(() => ({ step: Number(document.querySelector('[data-testid="pretrain-step"]')?.getAttribute('data-step')), at: performance.now() }));
}

// Input-to-paint of a widget's slider: the page is opened in Chromium, the widget mounted, then an `input` event is
// dispatched on the slider and the time until the next frame has been painted is taken (requestAnimationFrame, then
// setTimeout: the callback runs after that frame's rendering). The median of SAMPLES inputs is the figure.
import { MEASUREMENT_BUDGETS } from '../budgets.mjs';
import { median, percentile } from '../stats.mjs';

/** Inputs per widget. */
export const SAMPLES = 30;
const MOUNT_TIMEOUT_MS = 20_000;
const SETTLE_MS = 60;

/**
 * A measurement for one widget. `widget` is the directive name (the slot's data-widget), `path` the page, and
 * `sliders` the selectors to try inside the widget, best first (a data-testid, then any range input).
 */
export function widgetInputToPaint({ id, label, widget, path, sliders }) {
  return {
    id,
    label,
    unit: 'ms',
    budget: MEASUREMENT_BUDGETS.widgetInputToPaintMs,
    async run({ baseUrl, browser, cpuSlowdown }) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      try {
        const page = await context.newPage();
        await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
        const slot = await page.$(`[data-widget="${widget}"]`);
        if (!slot) return { status: 'not available', reason: `${path} has no ${widget} slot (the chapter does not use the widget, or it is not registered)` };
        await scrollToWidget(slot);
        const selector = await firstMatch(page, widget, sliders);
        if (!selector) return { status: 'not available', reason: `the ${widget} on ${path} did not mount a slider (${sliders.join(', ')}) within ${MOUNT_TIMEOUT_MS / 1000} s` };
        if (cpuSlowdown > 1) {
          const session = await context.newCDPSession(page);
          await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
        }
        const samples = [];
        const handlerSamples = [];
        for (let index = 0; index < SAMPLES; index += 1) {
          const { toPaint, inHandler } = await page.evaluate(inputToPaintInPage, { selector, index });
          samples.push(toPaint);
          handlerSamples.push(inHandler);
          await page.waitForTimeout(SETTLE_MS);
        }
        return {
          status: 'ok',
          value: median(samples),
          detail: {
            selector,
            samples: samples.map((value) => Number(value.toFixed(2))),
            p95: percentile(samples, 95),
            medianInHandlerMs: median(handlerSamples),
          },
        };
      } finally {
        await context.close();
      }
    },
  };
}

/**
 * Scrolls the widget's slot into view the way a reader gets there. Chapters render only the sections near the screen
 * (content-visibility: auto); a section not yet rendered has a placeholder height, so one scroll to a slot inside it
 * lands where the slot would be, not where the placeholder is: the section stays unrendered and the widget never
 * mounts. Scrolling to the section first renders it; the second scroll then finds the slot where it really is.
 */
async function scrollToWidget(slot) {
  await slot.evaluate((element) => {
    let deferred = element.parentElement;
    while (deferred && getComputedStyle(deferred).contentVisibility !== 'auto') deferred = deferred.parentElement;
    deferred?.scrollIntoView({ block: 'start' });
  });
  await slot.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await slot.scrollIntoViewIfNeeded();
}

/** The first slider selector that appears in the mounted widget, or undefined after the timeout. */
async function firstMatch(page, widget, sliders) {
  const scoped = sliders.map((slider) => `[data-widget="${widget}"] ${slider}`);
  try {
    await page.waitForSelector(scoped.join(', '), { timeout: MOUNT_TIMEOUT_MS, state: 'attached' });
  } catch {
    return undefined;
  }
  for (const selector of scoped) if (await page.$(selector)) return selector;
  return undefined;
}

/**
 * Runs in the page: moves the slider to a new value the way a browser does (native value setter, then a bubbling
 * `input` event, which React's onChange handles synchronously) and resolves with { toPaint, inHandler } in ms.
 */
function inputToPaintInPage({ selector, index }) {
  const slider = document.querySelector(selector);
  const min = Number(slider.min || 0);
  const max = Number(slider.max || 100);
  const fraction = index % 2 === 0 ? 0.3 + (index % 7) * 0.01 : 0.7 - (index % 5) * 0.01;
  const value = min + (max - min) * fraction;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  return new Promise((resolve) => {
    const start = performance.now();
    setValue.call(slider, String(value));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    const inHandler = performance.now() - start;
    requestAnimationFrame(() => setTimeout(() => resolve({ toPaint: performance.now() - start, inHandler })));
  });
}

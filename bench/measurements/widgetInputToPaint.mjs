// Input-to-paint of a widget's slider, dragged the way a reader drags it: the page is opened in Chromium, the widget
// mounted and left to settle (see waitForQuiet), then the mouse presses the slider and moves along it, one step every
// MOVE_GAP_MS. Each move goes through the browser's own input pipeline (hit test, pointer events aligned to frames,
// the range input's value); a sample is the time from that pointer event (its timestamp, when the browser received
// it) until the frame showing the new value has been painted (requestAnimationFrame, then setTimeout: the callback
// runs after that frame's rendering). The median over the drag is the figure.
//
// An earlier version set the value from a script and fired a synthetic `input` event: it skipped the browser's share
// (receiving the pointer event, hit testing, the slider's own value), and it began right after mounting, so its first
// samples measured the widget's mount work.
import { MEASUREMENT_BUDGETS } from '../budgets.mjs';
import { median, percentile } from '../stats.mjs';

/** Pointer moves per widget, and the fewest of them that must have changed the slider's value. */
export const MOVES = 40;
const MIN_SAMPLES = 25;
const MOVE_GAP_MS = 60;
const MOUNT_TIMEOUT_MS = 20_000;

/**
 * A measurement for one widget. `widget` is the directive name (the slot's data-widget), `path` the page, and
 * `sliders` the selectors to try inside the widget, best first (a data-testid, then any range input). `prepare`, if
 * given, runs once the widget has been scrolled to, before its slider is looked for (to start a training run and open
 * the tab that holds the slider, for example).
 */
export function widgetInputToPaint({ id, label, widget, path, sliders, prepare }) {
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
        const serviceWorker = await page.evaluate(serviceWorkerInstalled);
        const slot = await page.$(`[data-widget="${widget}"]`);
        if (!slot) return { status: 'not available', reason: `${path} has no ${widget} slot (the chapter does not use the widget, or it is not registered)` };
        await scrollToWidget(slot);
        // Before the slider is looked for: preparing may open the tab that holds it (a lab's later tabs load when opened).
        const prepared = prepare ? await prepare(page) : undefined;
        const selector = await firstMatch(page, widget, sliders);
        if (!selector) return { status: 'not available', reason: `the ${widget} on ${path} did not mount a slider (${sliders.join(', ')}) within ${MOUNT_TIMEOUT_MS / 1000} s` };
        await page.evaluate(waitForQuiet);
        if (cpuSlowdown > 1) {
          const session = await context.newCDPSession(page);
          await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
        }
        const { samples, handledSamples } = await dragSlider(page, selector);
        if (samples.length < MIN_SAMPLES) {
          return { status: 'not available', reason: `dragging ${selector} changed its value only ${samples.length} times in ${MOVES} moves` };
        }
        return {
          status: 'ok',
          value: median(samples),
          detail: {
            selector,
            ...(prepared ? { prepared } : {}),
            serviceWorker,
            samples: samples.map((value) => Number(value.toFixed(2))),
            p95: percentile(samples, 95),
            medianPointerToHandledMs: median(handledSamples),
          },
        };
      } finally {
        await context.close();
      }
    },
  };
}

/**
 * Runs in the page: resolves once the service worker is active (`installed`), or with `none` when the page registers
 * none. On a first visit the worker installs just after load and copies the whole site for offline reading, which
 * keeps one of a two-core machine's cores busy and slows the first samples of a drag (bench/README.md has the
 * figures). The install happens once, in the
 * seconds a reader spends reading down to a widget; this measurement jumps to the widget at once, so it waits for the
 * install instead (SERVICE_WORKER_TIMEOUT_MS at most: `timed out`, and the samples then include it).
 */
function serviceWorkerInstalled() {
  const SERVICE_WORKER_TIMEOUT_MS = 15_000;
  const REGISTRATION_WAIT_MS = 5_000;
  if (!('serviceWorker' in navigator)) return 'none';
  return new Promise((resolve) => {
    // The page registers its worker after load, at an idle moment; `ready` waits for one to be active.
    const timeout = setTimeout(() => resolve('timed out'), SERVICE_WORKER_TIMEOUT_MS);
    navigator.serviceWorker.ready.then(() => {
      clearTimeout(timeout);
      resolve('installed');
    });
    setTimeout(async () => {
      if (await navigator.serviceWorker.getRegistration()) return;
      clearTimeout(timeout);
      resolve('none');
    }, REGISTRATION_WAIT_MS);
  });
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

/**
 * Runs in the page: resolves once the main thread has had a quiet stretch (an idle period of at least QUIET_MS with
 * no frame due), or after MAX_SETTLE_MS. A widget's mount has follow-up work: it renders again at its measured width,
 * typesets its formulas just after the first paint and writes its state to the URL. Without this, the first samples
 * measured that work rather than the input (two to three times slower than once the widget had settled), which a
 * reader, who sees the widget before reaching for it, does not meet.
 */
function waitForQuiet() {
  const QUIET_MS = 40;
  const MAX_SETTLE_MS = 3000;
  const start = performance.now();
  return new Promise((resolve) => {
    const check = (deadline) => {
      if (deadline.timeRemaining() >= QUIET_MS || performance.now() - start > MAX_SETTLE_MS) resolve();
      else requestIdleCallback(check, { timeout: 500 });
    };
    requestIdleCallback(check, { timeout: 500 });
  });
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
 * Presses the mouse on the slider and moves it back and forth across the middle of its track, MOVES times; resolves
 * with the pointer-to-paint and pointer-to-handled times (ms) of every move that changed the value.
 */
async function dragSlider(page, selector) {
  await showTabPanelOf(page, selector);
  await page.$eval(selector, (slider) => slider.scrollIntoView({ block: 'center' }));
  await page.evaluate(recordInputToPaint, selector);
  const box = await (await page.$(selector)).boundingBox();
  const y = box.y + box.height / 2;
  const at = (fraction) => box.x + box.width * fraction;
  await page.mouse.move(at(0.3), y);
  await page.mouse.down();
  for (let index = 0; index < MOVES; index += 1) {
    // 0.30–0.69 of the track, never the same place twice running, so that nearly every move changes the value.
    await page.mouse.move(at(0.3 + ((index * 7) % 40) / 100), y);
    await page.waitForTimeout(MOVE_GAP_MS);
  }
  await page.mouse.up();
  const recorded = await page.evaluate(() => window.__inputToPaint);
  return { samples: recorded.map((sample) => sample.toPaint), handledSamples: recorded.map((sample) => sample.toHandled) };
}

/**
 * On a narrow screen a widget may show its panels as tabs (the Adam lab's settings): selects the tab of the panel
 * holding the slider, as a reader would, when that panel is hidden, and waits for the widget to settle again.
 */
async function showTabPanelOf(page, selector) {
  const tab = await page.$eval(selector, (slider) => {
    const panel = slider.closest('[role="tabpanel"]');
    return panel?.hidden && panel.id ? `[role="tab"][aria-controls="${panel.id}"]` : undefined;
  });
  if (!tab) return;
  await page.click(tab);
  await page.waitForSelector(selector, { state: 'visible' });
  await page.evaluate(waitForQuiet);
}

/**
 * Runs in the page: from now on, each `input` event of the slider records { toPaint, toHandled }: the time from the
 * pointer event that caused it to the painted frame, and to the end of the widget's handling of the input (its
 * `input` listeners, React's on its root among them, run before this one on the window).
 */
function recordInputToPaint(selector) {
  const slider = document.querySelector(selector);
  const samples = [];
  window.__inputToPaint = samples;
  let pointerAt = 0;
  document.addEventListener('pointermove', (event) => (pointerAt = event.timeStamp), { capture: true });
  window.addEventListener('input', (event) => {
    if (event.target !== slider) return;
    const from = pointerAt;
    const handled = performance.now();
    requestAnimationFrame(() => setTimeout(() => samples.push({ toPaint: performance.now() - from, toHandled: handled - from })));
  });
}

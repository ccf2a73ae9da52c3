// Helpers shared by the attention and next-token labs' browser tests: mount a widget as a reader would reach it, run
// axe-core on a part of the page, measure a widget against the space reserved for it, and check its error boxes.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { openPage } from './support.mjs';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/**
 * Scrolls to the `index`-th slot of widget `name` (its section first: sections render only near the screen) and
 * resolves with a locator of the mounted widget's root, `rootSelector`, once it is there.
 */
export async function mountWidget(page, name, rootSelector, index = 0) {
  const slot = page.locator(`.widget-slot[data-widget="${name}"]`).nth(index);
  await slot.evaluate((element) => element.closest('.chapter-section')?.scrollIntoView({ block: 'start' }));
  await slot.scrollIntoViewIfNeeded();
  const root = slot.locator(rootSelector);
  await root.waitFor({ timeout: 20_000 });
  return root;
}

/** axe-core's violations inside `selector`, as short strings ([] when it finds nothing). */
export async function axeViolations(page, selector) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate((target) => window.axe.run(document.querySelector(target) ?? document, { resultTypes: ['violations'] }), selector);
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
}

/** How far the page scrolls sideways (0 when nothing overflows it). */
export function pageOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * The reserved height of the `index`-th slot of `name` (its min-height, in px) and the height of the widget's content
 * once mounted (its root without its own min-height). No layout shift on mount needs content ≤ reserved.
 */
export async function reserveAndContent(page, name, rootSelector, index = 0) {
  const root = await mountWidget(page, name, rootSelector, index);
  await page.waitForTimeout(300);
  return root.evaluate((element) => {
    const slot = element.closest('.widget-slot');
    const reserved = Number.parseFloat(getComputedStyle(slot).minHeight);
    const saved = element.style.minHeight;
    element.style.minHeight = '0';
    const content = element.getBoundingClientRect().height;
    element.style.minHeight = saved;
    return { reserved, content };
  });
}

/** The widths at which a lab's reserve is checked: phones, tablets, the column's widest. */
const RESERVE_WIDTHS = [320, 340, 360, 390, 414, 480, 540, 600, 640, 700, 768, 1024, 1280];

/**
 * Opens `pagePath` at every width in RESERVE_WIDTHS and lists the widths where widget `name` is taller than the space
 * reserved for it (so it would push the page down when it mounts); an empty list means no layout shift.
 */
export async function reserveShortfalls(browser, pagePath, name, rootSelector) {
  const short = [];
  for (const width of RESERVE_WIDTHS) {
    const { page, context } = await openPage(browser, pagePath, { width, height: 800 });
    const { reserved, content } = await reserveAndContent(page, name, rootSelector);
    if (content > reserved + 0.5) short.push(`${width} px: content ${content} > reserved ${reserved}`);
    await context.close();
  }
  return short;
}

/**
 * Asserts that the page shows an error box for each `[line, pattern]` of `expected`: naming `file` and that line, and
 * saying what matches `pattern` (a lab's fixture page has one bad attribute per line).
 */
export async function expectErrorBoxes(page, file, expected) {
  const boxes = await page.$$eval('[data-error-box]', (all) => all.map((box) => box.textContent ?? ''));
  for (const [line, pattern] of expected) {
    assert.ok(boxes.some((box) => box.includes(`${file}:${line}`) && pattern.test(box)), `line ${line}: ${pattern} in ${JSON.stringify(boxes, null, 1)}`);
  }
}

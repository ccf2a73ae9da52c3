// Helpers of the quiz browser tests (quiz.test.mjs, quiz-keyboard.test.mjs): reaching quiz blocks and cards, reading
// what IndexedDB holds, waiting for due counts, moving focus by keyboard, walking a review session.
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/** A fresh context whose page clock Playwright controls (installed before the first page, so every page gets it). */
export async function contextWithClock(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await context.clock.install();
  return context;
}

/** The quiz block that follows section `section`, mounted (widgets mount when they come near the viewport). */
export async function quizBlock(page, section) {
  const slot = page.locator(`.widget-slot[data-widget="quiz"][data-section="${section}"]`);
  await slot.scrollIntoViewIfNeeded();
  const block = slot.locator('.quiz-block');
  await block.waitFor();
  return block;
}

/** The card at `position` (0-based) of a quiz block. */
export function cardAt(block, position) {
  return block.locator(`[data-position="${position}"] .quiz-card`);
}

/** The accessible names of a block's question buttons ("Question 1, right last time", …). */
export function questionButtons(block) {
  return block.locator('.quiz-block__list button');
}

/** Waits until the block's question buttons carry exactly `labels` (they change once the answer is saved). */
export async function expectQuestionLabels(block, labels) {
  for (const [position, label] of labels.entries()) {
    await questionButtons(block).nth(position).and(block.page().getByRole('button', { name: label, exact: true })).waitFor();
  }
  assert.deepEqual(await questionButtons(block).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label'))), labels);
}

/** Every review record in the notebook's IndexedDB (`chatgpt-study-notebook`, store `reviews`), oldest first. */
export async function storedReviews(page) {
  const reviews = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('chatgpt-study-notebook');
        // Never create the database from the test: if it does not exist yet, there is nothing stored.
        request.onupgradeneeded = () => request.transaction.abort();
        request.onerror = () => resolve([]);
        request.onsuccess = () => {
          const database = request.result;
          const all = database.transaction('reviews', 'readonly').objectStore('reviews').getAll();
          all.onsuccess = () => {
            database.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
  return reviews.sort((left, right) => left.answeredAt.localeCompare(right.answeredAt) || (left.amends ? 1 : -1));
}

/** Polls IndexedDB until it holds `count` reviews (saving is asynchronous), then returns them. */
export async function waitForReviews(page, count, timeoutMs = 15_000) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const reviews = await storedReviews(page);
    if (reviews.length === count || performance.now() > deadline) {
      assert.equal(reviews.length, count, `stored reviews: ${JSON.stringify(reviews)}`);
      return reviews;
    }
    await delay(50);
  }
}

/** The rating that counts for each question (amended records replaced by their amendment): { id: [rating, correct] }. */
export function effectiveRatings(reviews) {
  const amended = new Set(reviews.map((review) => review.amends).filter(Boolean));
  return Object.fromEntries(
    reviews.filter((review) => !amended.has(review.id)).map((review) => [review.questionId, [review.rating, review.correct]]),
  );
}

/** The navigation's due count: its `data-due-count`, once it shows `expected` (0: the badge is absent). */
export async function expectDueCount(page, expected) {
  const badge = page.locator('.site-tools .due-count');
  if (expected === 0) {
    await badge.waitFor({ state: 'detached' });
    return;
  }
  await page.locator(`.site-tools .due-count[data-due-count="${expected}"]`).waitFor();
  assert.equal(await badge.count(), 1);
}

/** True when the element is the focused one. */
export function isFocused(locator) {
  return locator.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab (or `key`) until `target` has focus, as a keyboard user moving through the page would; fails after
 * `max` presses.
 */
export async function tabTo(page, target, { key = 'Tab', max = 60 } = {}) {
  for (let presses = 0; presses <= max; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  assert.fail(`${key} never reached ${target}; focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`);
}

/** Waits until `target` has focus (focus moves after React has rendered). */
export async function expectFocus(target) {
  await target.page().waitForFunction((element) => element === document.activeElement, await target.elementHandle());
}

/** Text of a locator with runs of white space folded. */
export async function textOf(locator) {
  return (await locator.textContent()).replace(/\s+/g, ' ').trim();
}

/** The ISO instant `ms` milliseconds after the latest answer in `reviews`. */
export function afterLastAnswer(reviews, ms) {
  const last = Math.max(...reviews.map((review) => Date.parse(review.answeredAt)));
  return new Date(last + ms).toISOString();
}

/**
 * Walks a review session to its end and returns the prompts it asked, in order, with the "Question i of n" labels.
 * Each question (all choice questions here) is answered with its first option; in a preview nothing is saved.
 */
export async function walkSession(page) {
  const asked = [];
  for (;;) {
    const card = page.locator('.review-page__session .quiz-card');
    const summary = page.locator('.review-page__summary');
    await card.or(summary).first().waitFor();
    if (await summary.isVisible()) return { asked, summary: await textOf(summary) };
    const label = await textOf(card.locator('.quiz-card__label'));
    asked.push([label, await textOf(card.locator('.quiz-card__prompt'))]);
    await card.locator('input[type="radio"]').first().check();
    await card.getByRole('button', { name: 'Check', exact: true }).click();
    await card.locator('.quiz-feedback').waitFor();
    await card.getByRole('button', { name: /^(Next question|Finish)$/ }).click();
    // The next card replaces this one: wait until the label has changed before reading it.
    await page.waitForFunction((previous) => document.querySelector('.review-page__session .quiz-card__label')?.textContent !== previous || document.querySelector('.review-page__summary'), label);
  }
}

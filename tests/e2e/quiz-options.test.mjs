// Options shown shuffled, as a reader meets them in Chromium (fixture page /fixtures/quiz-options/, from
// src/markdown/fixtures/pages/en/24-quiz-options.md): a question keeps its arrangement while the reader answers and
// across a reload before checking, the answer is saved by the option's identity (its authored index) with the
// arrangement seen, and the next presentation (answer again, or a reload after an answer) shows another arrangement.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cardAt, quizBlock, textOf, waitForReviews } from './quizSupport.mjs';
import { openPage, useBrowser } from './support.mjs';

const browser = useBrowser();
const PAGE = '/fixtures/quiz-options/';
/** The fixture's options and items, in the order they are written (their authored indices). */
const SINGLE = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
const MULTIPLE = ['a', 'b', 'c', 'e', 'f'];
const ORDER = ['one', 'two', 'three', 'four'];

/** The texts of a card's options (or order items), top to bottom. */
/**
 * The option or item texts in the order shown, once the card's arrangement is final: a card that mounts before the
 * reader's history is read is arranged again when it arrives, and carries data-presentation only from then on.
 */
const shownTexts = async (card) => {
  await card.and(card.page().locator('[data-presentation]')).waitFor({ state: 'attached' });
  return card.locator('.quiz-choice__text, .quiz-order__item').allTextContents();
};

/** The fixture's quiz block after a (re)load, and its three cards. */
async function cards(page) {
  const block = await quizBlock(page, 'options');
  return { block, single: cardAt(block, 0), multiple: cardAt(block, 1), order: cardAt(block, 2) };
}

describe('options shown shuffled', () => {
  it('single choice: same arrangement after a reload mid-answer, saved by identity, another arrangement next time', async () => {
    const { page, context, errors } = await openPage(browser(), PAGE);
    let { single } = await cards(page);
    const first = await shownTexts(single);
    assert.deepEqual([...first].sort(), [...SINGLE].sort());

    // The reader picks an option, then reloads without checking: nothing was answered, so nothing moves.
    await single.getByLabel('beta', { exact: true }).check();
    await page.reload();
    ({ single } = await cards(page));
    assert.deepEqual(await shownTexts(single), first, 'the same arrangement after a reload mid-answer');

    // A wrong answer: the marks follow the options, wherever they stand.
    await single.getByLabel('alpha', { exact: true }).check();
    await single.getByRole('button', { name: 'Check', exact: true }).click();
    assert.equal(await textOf(single.locator('.quiz-feedback__verdict')), '✗ Not quite');
    assert.equal(await textOf(single.locator('.quiz-choice--right .quiz-choice__text')), 'gamma');
    assert.equal(await textOf(single.locator('.quiz-choice--wrong .quiz-choice__text')), 'alpha');
    assert.equal(await textOf(single.locator('.quiz-feedback__answer')), 'Correct answer: gamma');
    assert.deepEqual(await shownTexts(single), first, 'the arrangement stays while the feedback is shown');
    const [review] = await waitForReviews(page, 1);
    assert.deepEqual(review.response, { type: 'single', option: 0, shown: first.map((text) => SINGLE.indexOf(text)) });

    // The next presentation: another arrangement, the same after a reload (one answer is saved now).
    await single.getByRole('button', { name: 'Answer again' }).click();
    const second = await shownTexts(single);
    assert.notDeepEqual(second, first, 'answering again shows another arrangement');
    await page.reload();
    ({ single } = await cards(page));
    assert.deepEqual(await shownTexts(single), second, 'a reload after one answer shows the second arrangement');
    assert.equal(await single.locator('input:checked').count(), 0);

    // A right answer, by identity, from its new place.
    await single.getByLabel('gamma', { exact: true }).check();
    await single.getByRole('button', { name: 'Check', exact: true }).click();
    assert.equal(await textOf(single.locator('.quiz-feedback__verdict')), '✓ Right');
    const reviews = await waitForReviews(page, 2);
    assert.deepEqual(reviews[1].response, { type: 'single', option: 2, shown: second.map((text) => SINGLE.indexOf(text)) });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('multiple choice and order items: arranged per presentation too, answers named by authored index', async () => {
    const { page, context, errors } = await openPage(browser(), PAGE);
    const { block, multiple, order } = await cards(page);
    await block.getByRole('button', { name: 'Question 2', exact: true }).click();
    const firstOptions = await shownTexts(multiple);
    assert.deepEqual([...firstOptions].sort(), [...MULTIPLE].sort());
    await multiple.getByLabel('e', { exact: true }).check();
    await multiple.getByLabel('a', { exact: true }).check();
    await multiple.getByRole('button', { name: 'Check', exact: true }).click();
    assert.equal(await textOf(multiple.locator('.quiz-feedback__verdict')), '✓ Right');
    // The right options are listed in the order they were shown.
    const listed = await multiple.locator('.quiz-feedback__list li').allTextContents();
    assert.deepEqual(listed, firstOptions.filter((text) => text === 'a' || text === 'e'));
    const [review] = await waitForReviews(page, 1);
    assert.deepEqual(review.response, { type: 'multiple', options: [0, 3], shown: firstOptions.map((text) => MULTIPLE.indexOf(text)) });

    await block.getByRole('button', { name: 'Question 3', exact: true }).click();
    const firstItems = await shownTexts(order);
    assert.notDeepEqual(firstItems, ORDER, 'order items never start in the right order');
    await page.reload();
    const reloaded = await cards(page);
    assert.deepEqual(await shownTexts(reloaded.order), firstItems, 'the same starting order after a reload');
    assert.notDeepEqual(await shownTexts(reloaded.multiple), firstOptions, 'the answered question shows another arrangement');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

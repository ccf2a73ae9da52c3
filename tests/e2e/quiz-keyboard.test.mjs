// Self-quizzing by keyboard alone, in Chromium: every question type answered with Tab, arrows, Space and Enter,
// with the verdict, the correct answer and the explanation checked, and focus following the reader. Helpers and the
// scheduling facts they rely on: quizSupport.mjs and quiz.test.mjs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cardAt, effectiveRatings, expectFocus, expectQuestionLabels, isFocused, quizBlock, tabTo, textOf, waitForReviews } from './quizSupport.mjs';
import { openPage, QUIZ_DRILL, useBrowser } from './support.mjs';

const browser = useBrowser();

describe('keyboard only', () => {
  /** Puts focus on the section's heading link, where a reader tabbing down the page arrives before its quiz. */
  async function startAtHeading(page, section) {
    await page.locator(`#${section} .heading-anchor`).focus();
  }

  it('numeric, single choice and true/false: Tab, typing, arrows, Space and Enter', async () => {
    const { page, context, errors } = await openPage(browser(), `/en/${QUIZ_DRILL}/`);
    const block = await quizBlock(page, 'definition');
    await startAtHeading(page, 'definition');

    // Numeric: a refused answer explains itself; Enter checks.
    const first = cardAt(block, 0);
    const field = first.getByRole('textbox', { name: 'Your answer (a number)' });
    await tabTo(page, field);
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    assert.equal(await textOf(first.locator('.quiz-card__problem')), 'That is not a number: type digits, e.g. 0.841 or -2e-3.');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0.8412');
    await page.keyboard.press('Enter');
    const feedback = first.locator('.quiz-feedback');
    await expectFocus(feedback);
    assert.equal(await textOf(first.locator('.quiz-feedback__verdict')), '✓ Right');
    assert.equal(await textOf(first.locator('.quiz-feedback__answer')), 'Correct answer: 0.841 (anything within ±0.0005 counts)');
    assert.equal(
      await textOf(first.locator('.quiz-feedback__explain')),
      'Why: GeLU(1) = 1 · Φ(1) ≈ 0.8413, the probability that a standard normal number is below 1.',
    );
    // Rate it Easy from the keyboard: the rating buttons follow the feedback.
    const easy = first.getByRole('button', { name: 'Easy' });
    await tabTo(page, easy);
    await page.keyboard.press('Space');
    assert.equal(await easy.getAttribute('aria-pressed'), 'true');
    await tabTo(page, first.getByRole('button', { name: 'Next question' }));
    await page.keyboard.press('Enter');

    // Single choice: the next card's label has focus; Tab enters the radio group, ↓ moves to a wrong option (options
    // are shown shuffled, so the arrow presses depend on where it stands; Space checks it when it is the first).
    const second = cardAt(block, 1);
    await expectFocus(second.locator('.quiz-card__label'));
    assert.equal(await textOf(second.locator('.quiz-card__label')), 'Question 2 of 3');
    await tabTo(page, second.locator('input[type="radio"]').first());
    const wrongAt = (await second.locator('.quiz-choice__text').allTextContents()).indexOf('The density of the normal distribution at x');
    for (let press = 0; press < wrongAt; press += 1) await page.keyboard.press('ArrowDown');
    if (wrongAt === 0) await page.keyboard.press('Space');
    assert.ok(await second.getByLabel('The density of the normal distribution at x').isChecked());
    await page.keyboard.press('Enter');
    await expectFocus(second.locator('.quiz-feedback'));
    assert.equal(await textOf(second.locator('.quiz-feedback__verdict')), '✗ Not quite');
    assert.equal(
      await textOf(second.locator('.quiz-feedback__answer')),
      'Correct answer: The probability that a standard normal random number is smaller than x',
    );
    assert.match(await textOf(second.locator('.quiz-feedback__explain')), /^Why: Φ is the cumulative distribution function/);
    assert.equal(await textOf(second.locator('.quiz-choice--right .quiz-choice__mark')), '✓ the right answer');
    assert.equal(await textOf(second.locator('.quiz-choice--wrong .quiz-choice__text')), 'The density of the normal distribution at x');
    assert.equal(await textOf(second.locator('.quiz-choice--wrong .quiz-choice__mark')), '✗ your choice');
    assert.equal(await second.getByRole('button', { name: 'Easy' }).count(), 0, 'no difficulty rating after a wrong answer');
    await tabTo(page, second.getByRole('button', { name: 'Next question' }));
    await page.keyboard.press('Enter');

    // True/false: ↓ from True to False, Enter.
    const third = cardAt(block, 2);
    await expectFocus(third.locator('.quiz-card__label'));
    await tabTo(page, third.getByLabel('True', { exact: true }));
    await page.keyboard.press('ArrowDown');
    assert.ok(await third.getByLabel('False', { exact: true }).isChecked());
    await page.keyboard.press('Enter');
    assert.equal(await textOf(third.locator('.quiz-feedback__verdict')), '✓ Right');
    assert.equal(await textOf(third.locator('.quiz-feedback__answer')), 'Correct answer: False');
    assert.match(await textOf(third.locator('.quiz-feedback__explain')), /^Why: erf\(1\) ≈ 0\.8427 and Φ\(1\) ≈ 0\.8413\./);

    await expectQuestionLabels(block, ['Question 1, right last time', 'Question 2, wrong last time', 'Question 3, right last time']);
    // Back to question 1 through the block's question list (Shift+Tab, Enter): its feedback is still there.
    await tabTo(page, block.getByRole('button', { name: 'Question 1, right last time', exact: true }), { key: 'Shift+Tab' });
    await page.keyboard.press('Enter');
    await expectFocus(first.locator('.quiz-card__label'));
    assert.ok(await first.isVisible());
    assert.ok(!(await third.isVisible()));
    assert.equal(await textOf(first.locator('.quiz-feedback__verdict')), '✓ Right');
    assert.deepEqual(effectiveRatings(await waitForReviews(page, 4)), {
      'drill-gelu-at-1': [4, true],
      'drill-gelu-phi-meaning': [1, false],
      'drill-gelu-erf-vs-phi': [3, true],
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('ordering by Alt+↑ and Space on the move buttons, then a cloze with Tab between the blanks', async () => {
    const { page, context, errors } = await openPage(browser(), `/en/${QUIZ_DRILL}/`);
    const block = await quizBlock(page, 'summary');
    await startAtHeading(page, 'summary');
    const order = cardAt(block, 0);
    const rightOrder = ['GeLU(−0.7518) ≈ −0.170', 'GeLU(−1) ≈ −0.159', 'GeLU(−3) ≈ −0.004', 'GeLU(0) = 0', 'GeLU(1) ≈ 0.841'];
    const shown = () => order.locator('.quiz-order__item').allTextContents();
    const start = await shown();
    assert.deepEqual([...start].sort(), [...rightOrder].sort());
    assert.notDeepEqual(start, rightOrder, 'the items start shuffled');

    // Selection sort from the keyboard: Tab to the item that belongs at `target`, then move it up. Focus follows the
    // moved item, so repeated key presses keep moving the same item.
    let moves = 0;
    for (const [target, text] of rightOrder.entries()) {
      const from = (await shown()).indexOf(text);
      if (from === target) continue;
      const row = order.locator('.quiz-order__row').nth(from);
      await tabTo(page, row.getByRole('button', { name: `Move item ${from + 1} up` }));
      for (let position = from; position > target; position -= 1) {
        // One move by Space (a button press), the rest by the Alt+↑ shortcut.
        await page.keyboard.press(moves === 0 ? 'Space' : 'Alt+ArrowUp');
        moves += 1;
        await page.waitForFunction(
          ([itemText, expected]) => {
            const items = [...document.querySelectorAll('[data-section="summary"] [data-position="0"] .quiz-order__item')];
            const focusedRow = document.activeElement?.closest('.quiz-order__row');
            return items[expected]?.textContent === itemText && focusedRow?.querySelector('.quiz-order__item')?.textContent === itemText;
          },
          [text, position - 1],
        );
      }
    }
    assert.deepEqual(await shown(), rightOrder);
    assert.ok(moves >= 2, `both Space and Alt+↑ were used (${moves} moves)`);
    assert.match(await textOf(order.locator('p.quiz-visually-hidden[aria-live="polite"]')), /^Moved to position \d of 5\.$/);
    await tabTo(page, order.getByRole('button', { name: 'Check', exact: true }));
    await page.keyboard.press('Enter');
    await expectFocus(order.locator('.quiz-feedback'));
    assert.equal(await textOf(order.locator('.quiz-feedback__verdict')), '✓ Right');
    assert.deepEqual(await order.locator('.quiz-feedback__answer li').allTextContents(), rightOrder);
    assert.match(await textOf(order.locator('.quiz-feedback__explain')), /^Why: GeLU's lowest point is at x ≈ −0\.7518\./);
    await tabTo(page, order.getByRole('button', { name: 'Next question' }));
    await page.keyboard.press('Enter');

    // Cloze: three blanks in reading order; the second is wrong.
    const cloze = cardAt(block, 1);
    await expectFocus(cloze.locator('.quiz-card__label'));
    await tabTo(page, cloze.getByRole('textbox', { name: 'Blank 1' }));
    await page.keyboard.type('Phi(x)');
    await page.keyboard.press('Tab');
    await page.keyboard.type('uniform');
    await page.keyboard.press('Tab');
    assert.ok(await isFocused(cloze.getByRole('textbox', { name: 'Blank 3' })));
    await page.keyboard.type('mlp');
    await page.keyboard.press('Enter');
    await expectFocus(cloze.locator('.quiz-feedback'));
    assert.equal(await textOf(cloze.locator('.quiz-feedback__verdict')), '✗ Not quite');
    assert.deepEqual(await cloze.locator('.quiz-cloze__verdict').allTextContents(), ['✓ right', '✗ wrong', '✓ right']);
    assert.equal(await cloze.getByRole('textbox', { name: 'Blank 2' }).getAttribute('aria-invalid'), 'true');
    assert.equal(
      await textOf(cloze.locator('.quiz-feedback__answer')),
      "Correct answer: GeLU multiplies its input by Φ(x), the cumulative distribution function of the standard normal distribution. GPT applies it only in the hidden layer of each block's MLP.",
    );
    assert.match(await textOf(cloze.locator('.quiz-feedback__explain')), /^Why: GeLU\(x\) = x Φ\(x\)\./);

    assert.deepEqual(effectiveRatings(await waitForReviews(page, 2)), {
      'drill-gelu-summary-order': [3, true],
      'drill-gelu-summary-cloze': [1, false],
    });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('multiple choice by Space on each box, and free recall: Show answer, then rate oneself', async () => {
    const { page, context, errors } = await openPage(browser(), `/en/${QUIZ_DRILL}/`);
    const block = await quizBlock(page, 'note-claims-corrected');
    await startAtHeading(page, 'note-claims-corrected');

    // The note's false claims are three of the four options: tick exactly those, moving with Tab from box to box
    // (options are shown shuffled, so where each stands is read first).
    const claims = [
      'GeLU keeps the mean and variance of its input unchanged',
      'The derivative of GeLU has no simple analytic form',
      'GPT uses GeLU in its output layer',
    ];
    const multiple = cardAt(block, 0);
    const boxes = multiple.locator('input[type="checkbox"]');
    const shown = await multiple.locator('.quiz-choice__text').allTextContents();
    await tabTo(page, boxes.nth(0));
    for (const [position, text] of shown.entries()) {
      assert.ok(await isFocused(boxes.nth(position)));
      if (claims.includes(text)) await page.keyboard.press('Space');
      if (position < shown.length - 1) await page.keyboard.press('Tab');
    }
    assert.deepEqual(await boxes.evaluateAll((inputs) => inputs.map((input) => input.checked)), shown.map((text) => claims.includes(text)));
    await page.keyboard.press('Enter');
    await expectFocus(multiple.locator('.quiz-feedback'));
    assert.equal(await textOf(multiple.locator('.quiz-feedback__verdict')), '✓ Right');
    // The right options are listed in the order they were shown.
    assert.deepEqual(await multiple.locator('.quiz-feedback__answer li').allTextContents(), shown.filter((text) => claims.includes(text)));
    await tabTo(page, multiple.getByRole('button', { name: 'Next question' }));
    await page.keyboard.press('Enter');

    // Recall: reveal, read the answer, rate "Forgot".
    const recall = cardAt(block, 1);
    await expectFocus(recall.locator('.quiz-card__label'));
    assert.equal(await textOf(recall.locator('.quiz-card__hint')), 'Answer in your head first, then show the answer.');
    await tabTo(page, recall.getByRole('button', { name: 'Show answer' }));
    await page.keyboard.press('Enter');
    await expectFocus(recall.locator('.quiz-recall'));
    assert.equal(
      await textOf(recall.locator('.quiz-recall__answer')),
      'GeLU′(x) = Φ(x) + x·φ(x). It is largest at x = √2, where it is about 1.129.',
    );
    assert.equal(await textOf(recall.locator('.quiz-rating__label')), 'How well did you remember?');
    await tabTo(page, recall.getByRole('button', { name: 'Forgot' }));
    await page.keyboard.press('Enter');
    await expectFocus(recall.locator('.quiz-feedback'));
    assert.equal(await textOf(recall.locator('.quiz-feedback__verdict')), '✗ Not quite');
    assert.match(await textOf(recall.locator('.quiz-feedback__explain')), /^Why: Product rule on x·Φ\(x\)/);

    await expectQuestionLabels(block, ['Question 1, right last time', 'Question 2, wrong last time', 'Question 3']);
    assert.deepEqual(effectiveRatings(await waitForReviews(page, 2)), {
      'drill-gelu-note-false-claims': [3, true],
      'drill-gelu-derivative-recall': [1, false],
    });
    assert.deepEqual(errors, []);
    await context.close();
  });
});

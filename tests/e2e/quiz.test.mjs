// Self-quizzing in Chromium, as a reader: answer the quiz blocks of a chapter, reload and find the answers and the
// due count kept in IndexedDB, move the clock forward and see the review queue fill up in the order FSRS schedules
// it, quiz oneself on a section or a chapter, in English and in Chinese. Keyboard-only answering:
// quiz-keyboard.test.mjs; export and import of progress: quiz-transfer.test.mjs; shared helpers: quizSupport.mjs.
// The quizzes are the tests' own (tests/e2e/chapters/<locale>/91-quiz-drill.md, copied from the GeLU chapter as it
// stood, ids prefixed with drill-), so that rewriting a chapter's quiz never breaks these tests.
//
// Time: the review page's `?now=` previews the queue at a later instant without touching the system clock; where the
// navigation's due badge (which reads the real clock) must change, Playwright's clock moves the page's time forward.
// Scheduling facts used below (src/quiz/engine/schedule.ts, FSRS without fuzz, one 10-minute learning step) for a
// question answered for the first time: wrong (Again) → due after 10 minutes; right (Good) → after 2 days; right and
// rated Easy → after 8 days.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { afterLastAnswer, cardAt, contextWithClock, DAY_MS, effectiveRatings, expectDueCount, expectFocus, expectQuestionLabels, MINUTE_MS, questionButtons, quizBlock, storedReviews, tabTo, textOf, waitForReviews, walkSession } from './quizSupport.mjs';
import { openPage, QUIZ_DRILL, readerChapters, useBrowser } from './support.mjs';

const browser = useBrowser();
const chapters = await readerChapters();

describe('answers are kept', () => {
  it('answers, their marks and the due count survive a reload; missed questions fall due after 10 minutes', async () => {
    const context = await contextWithClock(browser());
    const { page, errors } = await openPage(browser(), `/en/${QUIZ_DRILL}/`, { context });
    const block = await quizBlock(page, 'definition');
    await expectQuestionLabels(block, ['Question 1', 'Question 2', 'Question 3']);
    assert.equal(await textOf(cardAt(block, 0).locator('.quiz-card__status')), 'not answered yet');

    // Question 1 (numeric, GeLU(1) = 0.841): wrong.
    const first = cardAt(block, 0);
    await first.getByRole('textbox', { name: 'Your answer (a number)' }).fill('0.5');
    await first.getByRole('button', { name: 'Check', exact: true }).click();
    assert.equal(await textOf(first.locator('.quiz-feedback__verdict')), '✗ Not quite');
    assert.equal(await textOf(first.locator('.quiz-feedback__answer')), 'Correct answer: 0.841 (anything within ±0.0005 counts)');
    await first.getByText('Saved in this browser.').waitFor();
    await first.getByRole('button', { name: 'Next question' }).click();

    // Question 2 (single choice): right.
    const second = cardAt(block, 1);
    await second.getByLabel('The probability that a standard normal random number is smaller than x').check();
    await second.getByRole('button', { name: 'Check', exact: true }).click();
    assert.equal(await textOf(second.locator('.quiz-feedback__verdict')), '✓ Right');
    await second.getByText('Saved in this browser.').waitFor();
    await second.getByRole('button', { name: 'Next question' }).click();

    // Question 3 (true/false; the statement is false): wrong.
    const third = cardAt(block, 2);
    await third.getByLabel('True', { exact: true }).check();
    await third.getByRole('button', { name: 'Check', exact: true }).click();
    assert.equal(await textOf(third.locator('.quiz-feedback__verdict')), '✗ Not quite');
    await third.getByText('Saved in this browser.').waitFor();

    const labelsAfter = ['Question 1, wrong last time', 'Question 2, right last time', 'Question 3, wrong last time'];
    await expectQuestionLabels(block, labelsAfter);
    assert.deepEqual(effectiveRatings(await waitForReviews(page, 3)), {
      'drill-gelu-at-1': [1, false],
      'drill-gelu-phi-meaning': [3, true],
      'drill-gelu-erf-vs-phi': [1, false],
    });
    // Nothing is due yet: the missed questions come back in 10 minutes.
    await expectDueCount(page, 0);
    assert.match(await textOf(third.locator('.quiz-card__status')), /^Last time: wrong · next review in \d+ minutes$/);

    // Eleven minutes later the two missed questions are due: the badge and the block say so without a reload.
    await page.clock.fastForward('11:00');
    await expectDueCount(page, 2);
    assert.equal(await textOf(page.locator('.site-tools .due-count .quiz-visually-hidden')), '2 questions due for review');
    await block.getByText('2 due here', { exact: true }).waitFor();

    // After a reload everything is still there, read back from IndexedDB.
    await page.reload();
    const reloaded = await quizBlock(page, 'definition');
    await expectQuestionLabels(reloaded, labelsAfter);
    await expectDueCount(page, 2);
    await reloaded.getByText('2 due here', { exact: true }).waitFor();
    assert.equal(await textOf(cardAt(reloaded, 0).locator('.quiz-card__status')), 'Last time: wrong · due now');
    assert.equal(await textOf(cardAt(reloaded, 1).locator('.quiz-card__status')), 'Last time: right · next review in 2 days');
    assert.equal(await textOf(cardAt(reloaded, 2).locator('.quiz-card__status')), 'Last time: wrong · due now');
    assert.equal((await storedReviews(page)).length, 3);

    // The review page asks exactly the two due questions, most overdue first; answering them right empties the badge.
    await page.goto(new URL('/en/review/', page.url()).href);
    const session = page.locator('.review-page__session .quiz-card');
    await session.waitFor();
    assert.equal(await textOf(page.locator('.review-page__mode')), 'Due questions from every chapter');
    assert.equal(await textOf(session.locator('.quiz-card__label')), 'Question 1 of 2');
    assert.equal(await textOf(session.locator('.quiz-card__prompt')), 'GeLU(1) to 3 decimals?');
    assert.equal(await textOf(page.locator('.review-page__from')), 'From Quiz drill › A definition with a probability in it');
    await session.getByRole('textbox', { name: 'Your answer (a number)' }).fill('0.841');
    await session.getByRole('button', { name: 'Check', exact: true }).click();
    await session.getByText('Saved in this browser.').waitFor();
    await session.getByRole('button', { name: 'Next question' }).click();
    await page.getByText('Question 2 of 2', { exact: true }).waitFor();
    assert.equal(await textOf(session.locator('.quiz-card__prompt')), 'erf(1) and Φ(1) are the same number, about 0.841.');
    await session.getByLabel('False', { exact: true }).check();
    await session.getByRole('button', { name: 'Check', exact: true }).click();
    await session.getByText('Saved in this browser.').waitFor();
    await session.getByRole('button', { name: 'Finish' }).click();
    assert.equal(await textOf(page.locator('.review-page__summary p')), 'Round done: 2 of 2 right.');
    await expectDueCount(page, 0);
    assert.equal((await waitForReviews(page, 5)).length, 5);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('review queue', () => {
  it('previewing later dates: a missed question is due within minutes, right ones only days later', async () => {
    const { page, context, errors } = await openPage(browser(), `/en/${QUIZ_DRILL}/`);
    const block = await quizBlock(page, 'approximations');
    // 1: right (Good, 2 days). 2: wrong (Again, 10 minutes). 3: right, then rated Easy (8 days).
    const first = cardAt(block, 0);
    await first.getByLabel('The tanh approximation with the 0.044715 cubic term').check();
    await first.getByRole('button', { name: 'Check', exact: true }).click();
    await first.getByText('Saved in this browser.').waitFor();
    await first.getByRole('button', { name: 'Next question' }).click();
    const second = cardAt(block, 1);
    await second.getByLabel('True', { exact: true }).check();
    await second.getByRole('button', { name: 'Check', exact: true }).click();
    await second.getByText('Saved in this browser.').waitFor();
    await second.getByRole('button', { name: 'Next question' }).click();
    const third = cardAt(block, 2);
    await third.getByLabel('5×10⁻⁴').check();
    await third.getByRole('button', { name: 'Check', exact: true }).click();
    await third.getByText('Saved in this browser.').waitFor();
    assert.equal(await third.getByRole('button', { name: 'Good' }).getAttribute('aria-pressed'), 'true');
    await third.getByRole('button', { name: 'Easy' }).click();
    assert.equal(await third.getByRole('button', { name: 'Easy' }).getAttribute('aria-pressed'), 'true');
    // The Easy rating is an amendment appended to the log: four records, three questions.
    const reviews = await waitForReviews(page, 4);
    assert.deepEqual(effectiveRatings(reviews), {
      'drill-gelu-gpt2-form': [3, true],
      'drill-gelu-approx-accuracy': [1, false],
      'drill-gelu-tanh-error': [4, true],
    });
    const prompts = {
      gpt2: 'Which GeLU formula does the released GPT-2 code use?',
      accuracy: 'On the interval from −6 to 6 the sigmoid approximation is more accurate than the tanh approximation.',
      tanh: "Roughly how large is the tanh approximation's worst error on [−6, 6]?",
    };

    // Now: nothing due.
    await page.goto(new URL('/en/review/', page.url()).href);
    await page.locator('.review-page__queue').getByText(/^Nothing is due right now\. Next question due in \d+ minutes/).waitFor();
    assert.equal(await page.locator('.review-page__session').count(), 0);

    // Expected queues at later instants, most overdue first.
    const expectations = [
      { after: 11 * MINUTE_MS, asked: [prompts.accuracy] },
      { after: 1 * DAY_MS, asked: [prompts.accuracy] },
      { after: 3 * DAY_MS, asked: [prompts.accuracy, prompts.gpt2] },
      { after: 9 * DAY_MS, asked: [prompts.accuracy, prompts.gpt2, prompts.tanh] },
    ];
    for (const { after, asked } of expectations) {
      const now = afterLastAnswer(reviews, after);
      await page.goto(new URL(`/en/review/?now=${encodeURIComponent(now)}`, page.url()).href);
      await page.locator('.review-page__preview').getByText(/^Previewing the queue as of .+\. Answers given in a preview are not saved\./).waitFor();
      const session = await walkSession(page);
      assert.deepEqual(
        session.asked,
        asked.map((prompt, index) => [`Question ${index + 1} of ${asked.length}`, prompt]),
        `queue at ${now}`,
      );
      assert.match(session.summary, new RegExp(`^Round done: \\d of ${asked.length} right\\.`));
    }
    // Answers given in a preview were not saved.
    assert.deepEqual(await storedReviews(page), reviews);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('before 10 minutes have passed the missed question is not due yet', async () => {
    const { page, context } = await openPage(browser(), `/en/${QUIZ_DRILL}/`);
    const block = await quizBlock(page, 'what-activations-do');
    const first = cardAt(block, 0);
    await first.getByLabel('It keeps the numbers between 0 and 1').check();
    await first.getByRole('button', { name: 'Check', exact: true }).click();
    await first.getByText('Saved in this browser.').waitFor();
    const reviews = await waitForReviews(page, 1);
    await page.goto(new URL(`/en/review/?now=${encodeURIComponent(afterLastAnswer(reviews, 9 * MINUTE_MS))}`, page.url()).href);
    await page.locator('.review-page__queue').getByText(/^Nothing is due right now\. Next question due in 1 minute/).waitFor();
    await page.goto(new URL(`/en/review/?now=${encodeURIComponent(afterLastAnswer(reviews, 10 * MINUTE_MS))}`, page.url()).href);
    assert.deepEqual((await walkSession(page)).asked, [
      ['Question 1 of 1', 'Why does a network need an activation function between its matrix multiplications?'],
    ]);
    await context.close();
  });
});

describe('Chinese', () => {
  it('a /zh/ quiz by keyboard, with Chinese labels, feedback, due badge and review queue', async () => {
    const context = await contextWithClock(browser());
    const { page, errors } = await openPage(browser(), `/zh/${QUIZ_DRILL}/`, { context });
    const block = await quizBlock(page, 'what-activations-do');
    await expectQuestionLabels(block, ['第 1 题', '第 2 题']);
    await page.locator('#what-activations-do .heading-anchor').focus();

    // Question 1: ↓ to the second option (wrong), Enter.
    const first = cardAt(block, 0);
    assert.equal(await textOf(first.locator('.quiz-card__label')), '第 1 题，共 2 题');
    await tabTo(page, first.locator('input[type="radio"]').first());
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectFocus(first.locator('.quiz-feedback'));
    assert.equal(await textOf(first.locator('.quiz-feedback__verdict')), '✗ 答错了');
    assert.equal(await textOf(first.locator('.quiz-feedback__answer')), '正确答案： 没有它，叠起来的各层会塌缩成一个线性映射');
    assert.match(await textOf(first.locator('.quiz-feedback__explain')), /^解释： 线性映射与线性映射复合仍是线性的。/);
    await first.getByText('已保存到本浏览器。').waitFor();
    await tabTo(page, first.getByRole('button', { name: '下一题' }));
    await page.keyboard.press('Enter');

    // Question 2 (true): Space on 对, then the 检查答案 button.
    const second = cardAt(block, 1);
    await expectFocus(second.locator('.quiz-card__label'));
    await tabTo(page, second.getByLabel('对', { exact: true }));
    await page.keyboard.press('Space');
    await tabTo(page, second.getByRole('button', { name: '检查答案' }));
    await page.keyboard.press('Enter');
    assert.equal(await textOf(second.locator('.quiz-feedback__verdict')), '✓ 答对了');
    assert.equal(await textOf(second.locator('.quiz-feedback__answer')), '正确答案： 对');
    assert.deepEqual(await second.locator('.quiz-rating__button').allTextContents(), ['困难', '良好', '容易']);
    await second.getByText('已保存到本浏览器。').waitFor();

    const labels = await questionButtons(block).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    assert.equal(labels.length, 2);
    assert.match(labels[0], /^第 1 题，上次答错$/);
    assert.match(labels[1], /^第 2 题，上次答对$/);
    const reviews = await waitForReviews(page, 2);

    // Eleven minutes on, the missed question is due: the badge in Chinese.
    await expectDueCount(page, 0);
    await page.clock.fastForward('11:00');
    await expectDueCount(page, 1);
    assert.equal(await textOf(page.locator('.site-tools .due-count .quiz-visually-hidden')), '1 道题待复习');
    await block.getByText('本节有 1 道题到期', { exact: true }).waitFor();

    // The Chinese review page asks it.
    await page.goto(new URL('/zh/review/', page.url()).href);
    const session = page.locator('.review-page__session .quiz-card');
    await session.waitFor();
    assert.equal(await textOf(page.locator('.review-page__mode')), '到期的题目（全部章节）');
    assert.equal(await textOf(session.locator('.quiz-card__label')), '第 1 题，共 1 题');
    assert.equal(await textOf(session.locator('.quiz-card__prompt')), '为什么网络要在矩阵乘法之间加激活函数？');
    assert.equal(await textOf(page.locator('.review-page__from')), '出自 测验练习 › 激活函数做什么');

    // And a preview three days after the answers lists both, the missed one first.
    await page.goto(new URL(`/zh/review/?now=${encodeURIComponent(afterLastAnswer(reviews, 3 * DAY_MS))}`, page.url()).href);
    await page.locator('.review-page__preview').getByText(/^正在预览 .+ 时的复习队列。预览中的作答不会保存。/).waitFor();
    await page.locator('.review-page__session .quiz-card').waitFor();
    assert.equal(await textOf(page.locator('.review-page__session .quiz-card__label')), '第 1 题，共 2 题');
    assert.equal(await textOf(page.locator('.review-page__session .quiz-card__prompt')), '为什么网络要在矩阵乘法之间加激活函数？');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('quiz me on this section / chapter', () => {
  it('the block’s links open the review page with the section’s questions, then the chapter’s, in reading order', async () => {
    const { page, context, errors } = await openPage(browser(), `/en/${QUIZ_DRILL}/`);
    const block = await quizBlock(page, 'definition');
    await block.getByRole('link', { name: 'Quiz me on this section' }).click();
    await page.waitForURL(new RegExp(`/en/review/\\?chapter=${QUIZ_DRILL}&section=definition$`));
    await page.locator('.review-page__session .quiz-card').waitFor();
    assert.equal(
      await textOf(page.locator('.review-page__mode')),
      'Questions of this section: Quiz drill › A definition with a probability in it',
    );
    // Answer the three in turn (saved: this is not a preview).
    const session = page.locator('.review-page__session .quiz-card');
    assert.equal(await textOf(session.locator('.quiz-card__label')), 'Question 1 of 3');
    assert.equal(await textOf(session.locator('.quiz-card__prompt')), 'GeLU(1) to 3 decimals?');
    await session.getByRole('textbox', { name: 'Your answer (a number)' }).fill('0.841');
    await session.getByRole('button', { name: 'Check', exact: true }).click();
    await session.getByText('Saved in this browser.').waitFor();
    await session.getByRole('button', { name: 'Next question' }).click();
    await page.getByText('Question 2 of 3', { exact: true }).waitFor();
    assert.equal(await textOf(session.locator('.quiz-card__prompt')), 'What does the factor Φ(x) in GeLU(x) = x Φ(x) stand for?');
    await session.getByLabel('The error of a measurement of x').check();
    await session.getByRole('button', { name: 'Check', exact: true }).click();
    await session.getByText('Saved in this browser.').waitFor();
    await session.getByRole('button', { name: 'Next question' }).click();
    await page.getByText('Question 3 of 3', { exact: true }).waitFor();
    assert.equal(await textOf(session.locator('.quiz-card__prompt')), 'erf(1) and Φ(1) are the same number, about 0.841.');
    await session.getByLabel('False', { exact: true }).check();
    await session.getByRole('button', { name: 'Check', exact: true }).click();
    await session.getByText('Saved in this browser.').waitFor();
    await session.getByRole('button', { name: 'Finish' }).click();
    assert.equal(await textOf(page.locator('.review-page__summary p')), 'Round done: 2 of 3 right.');
    assert.deepEqual(effectiveRatings(await waitForReviews(page, 3)), {
      'drill-gelu-at-1': [3, true],
      'drill-gelu-phi-meaning': [1, false],
      'drill-gelu-erf-vs-phi': [3, true],
    });

    // Back in the chapter, the block shows those answers; its chapter link asks every question of the chapter.
    await page.goto(new URL(`/en/${QUIZ_DRILL}/`, page.url()).href);
    const again = await quizBlock(page, 'definition');
    await expectQuestionLabels(again, ['Question 1, right last time', 'Question 2, wrong last time', 'Question 3, right last time']);
    await again.getByRole('link', { name: 'Quiz me on this chapter' }).click();
    await page.waitForURL(new RegExp(`/en/review/\\?chapter=${QUIZ_DRILL}$`));
    await page.locator('.review-page__session .quiz-card').waitFor();
    assert.equal(await textOf(page.locator('.review-page__mode')), 'Every question of this chapter: Quiz drill');
    assert.equal(await textOf(page.locator('.review-page__session .quiz-card__label')), 'Question 1 of 13');
    assert.equal(
      await textOf(page.locator('.review-page__session .quiz-card__prompt')),
      'Why does a network need an activation function between its matrix multiplications?',
    );
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('chapter mode asks as many questions as the chapter’s quiz blocks hold, in both languages', async () => {
    const mismatches = [];
    for (const locale of ['en', 'zh']) {
      const { page, context } = await openPage(browser(), `/${locale}/`);
      for (const chapter of chapters.filter((candidate) => candidate.locale === locale)) {
        const markdown = await readFile(chapter.path, 'utf8');
        const blocks = [...markdown.matchAll(/^:::quiz\n([\s\S]*?)^:::$/gm)].map((match) => match[1]);
        const expected = blocks.reduce((sum, body) => sum + [...body.matchAll(/^- id: /gm)].length, 0);
        if (expected === 0) continue; // a chapter without quizzes has no session to count
        await page.goto(new URL(`/${locale}/review/?chapter=${chapter.slug}`, page.url()).href);
        const label = page.locator('.review-page__session .quiz-card__label');
        await label.waitFor();
        const total = Number(/(\d+)\D*$/.exec(await textOf(label))[1]);
        if (total !== expected) mismatches.push(`${locale}/${chapter.slug}: ${total} asked, ${expected} in the chapter`);
      }
      await context.close();
    }
    assert.deepEqual(mismatches, []);
  });
});

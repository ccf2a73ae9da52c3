// Carrying self-quiz progress to another browser, in Chromium: export the answers of a chapter's quiz to a file,
// offer the review page four bad files (each refused with its reason, the stored reviews untouched), then import the
// file into a fresh browser, twice (the second time adds nothing), and find the answers marked in the chapter.
// Shared helpers: quizSupport.mjs.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { cardAt, effectiveRatings, expectQuestionLabels, quizBlock, storedReviews, textOf, waitForReviews } from './quizSupport.mjs';
import { openPage, QUIZ_DRILL, useBrowser } from './support.mjs';

const browser = useBrowser();

describe('export and import', () => {
  it('exports progress to a file, refuses bad files without touching the data, and imports into a fresh browser', async () => {
    const { page, context, errors } = await openPage(browser(), `/en/${QUIZ_DRILL}/`);
    const block = await quizBlock(page, 'definition');
    const first = cardAt(block, 0);
    await first.getByRole('textbox', { name: 'Your answer (a number)' }).fill('0.841');
    await first.getByRole('button', { name: 'Check', exact: true }).click();
    await first.getByText('Saved in this browser.').waitFor();
    await first.getByRole('button', { name: 'Next question' }).click();
    const second = cardAt(block, 1);
    await second.getByLabel('A learned gate that is trained with the model').check();
    await second.getByRole('button', { name: 'Check', exact: true }).click();
    await second.getByText('Saved in this browser.').waitFor();
    const reviews = await waitForReviews(page, 2);

    // Export: a JSON file with the format, the version and both reviews.
    await page.goto(new URL('/en/review/', page.url()).href);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my progress' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^notebook-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = await readFile(await download.path(), 'utf8');
    const file = JSON.parse(exported);
    assert.equal(file.format, 'chatgpt-study-notebook/progress');
    assert.equal(file.version, 3);
    assert.deepEqual(file.reviews.map((review) => review.id).sort(), reviews.map((review) => review.id).sort());
    assert.deepEqual(effectiveRatings(file.reviews), { 'drill-gelu-at-1': [3, true], 'drill-gelu-phi-meaning': [1, false] });

    // Bad files: each says what is wrong and that nothing changed, and the stored reviews are the same.
    const importField = page.getByLabel('Import progress (JSON file)');
    const message = page.locator('.progress-transfer [aria-live="polite"]');
    const badFiles = [
      ['broken.json', '{"format": ', 'This file is not JSON.'],
      ['other.json', '{"format": "something-else", "version": 2, "reviews": []}', 'This is not a progress file of this notebook.'],
      ['future.json', JSON.stringify({ ...file, version: 99 }), 'This file comes from a newer or unknown version and cannot be read.'],
      [
        'damaged.json',
        JSON.stringify({ ...file, reviews: [...file.reviews, { ...file.reviews[0], id: 'new-one', rating: 7 }] }),
        'The file is incomplete or damaged.',
      ],
    ];
    for (const [name, text, expected] of badFiles) {
      await importField.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await message.locator('.progress-transfer__error').getByText(`${expected} Your existing progress was not changed.`).waitFor();
      assert.deepEqual(await storedReviews(page), reviews, name);
      await importField.setInputFiles([]);
    }
    assert.match(await textOf(message), /rating/, 'the damaged file’s detail names the bad field');

    // Import into a fresh browser: both reviews arrive, and the chapter shows them.
    const fresh = await openPage(browser(), '/en/review/');
    await fresh.page.getByText(/^You have not answered any question yet/).waitFor();
    const freshField = fresh.page.getByLabel('Import progress (JSON file)');
    await freshField.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await fresh.page.getByText('Imported 2 new reviews (0 already here).', { exact: true }).waitFor();
    assert.deepEqual(await storedReviews(fresh.page), reviews);
    // Importing the same file again adds nothing.
    await freshField.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await fresh.page.getByText('Imported 0 new reviews (2 already here).', { exact: true }).waitFor();
    assert.equal((await storedReviews(fresh.page)).length, 2);
    await fresh.page.goto(new URL(`/en/${QUIZ_DRILL}/`, fresh.page.url()).href);
    await expectQuestionLabels(await quizBlock(fresh.page, 'definition'), [
      'Question 1, right last time',
      'Question 2, wrong last time',
      'Question 3',
    ]);
    assert.deepEqual(errors, []);
    assert.deepEqual(fresh.errors, []);
    await fresh.context.close();
    await context.close();
  });
});

// Damaged storage, told truthfully, in Chromium. Importing a 5.4 MB progress file (a valid export plus 60,000 damaged
// records) says the file is damaged and how many entries are usable, as small files do, instead of "this answer
// could not be saved"; the usable entries are imported only when the reader asks. A progress database left by a newer
// version of the notebook is shown as far as it can be read, the page says why it saves nothing, an answer is
// refused with that reason, and the database is left exactly as it was. Shared helpers: quizSupport.mjs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cardAt, expectQuestionLabels, quizBlock, storedReviews, textOf } from './quizSupport.mjs';
import { BASE_URL, openPage, useBrowser } from './support.mjs';

const browser = useBrowser();
const DATABASE = 'chatgpt-study-notebook';
/** An object store that only the made-up newer version has (not a name of this notebook: storageKeys.ts lists those). */
const NEWER_VERSION_STORE = 'made-up-store-of-a-newer-version';

/** A valid export of two reviews followed by `count` damaged entries, as JSON text. */
function damagedFile(count) {
  const valid = ['gelu-at-1', 'adam-cloze'].map((questionId, index) => ({
    id: `valid-${index}`,
    questionId,
    rating: 3,
    correct: true,
    answeredAt: '2025-03-01T09:00:00.000Z',
  }));
  const damaged = Array.from({ length: count }, (_unused, index) => ({ id: `damaged-${index}`, questionId: 'gelu-at-1', rating: 9, correct: 'maybe', answeredAt: 'yesterday' }));
  const file = { format: 'chatgpt-study-notebook/progress', version: 3, exportedAt: '2025-04-01T00:00:00.000Z', reviews: [...valid, ...damaged] };
  return JSON.stringify(file);
}

/** Everything in the progress database (run in the page): version, store names and every record of every store. */
function dumpDatabase(name) {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => request.transaction.abort();
    request.onerror = () => reject(request.error);
    request.onsuccess = async () => {
      const database = request.result;
      const stores = [...database.objectStoreNames];
      const transaction = database.transaction(stores, 'readonly');
      const read = (store) => new Promise((done) => (transaction.objectStore(store).getAll().onsuccess = (event) => done(event.target.result)));
      const contents = { version: database.version, stores, records: {} };
      for (const store of stores) contents.records[store] = await read(store);
      database.close();
      resolve(contents);
    };
  });
}

describe('damaged storage, told truthfully', () => {
  it('a 5.4 MB file with 60,000 damaged records is called damaged, with the usable count, and imported only on request', async () => {
    const { page, context, errors } = await openPage(browser(), '/zh/review/');
    await page.getByText(/^你还没有回答过任何题目/).waitFor();
    const text = damagedFile(60_000);
    assert.ok(text.length > 5_000_000, `the file is ${text.length} bytes`);
    const field = page.getByLabel('导入学习记录（JSON 文件）');
    await field.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const message = page.locator('.progress-transfer__error');
    await message.waitFor({ timeout: 60_000 });
    const said = await textOf(message);
    assert.ok(said.startsWith('文件内容不完整或有误。现有记录没有改动。文件中的 60002 条记录里，只有 2 条可以使用。'), said);
    assert.doesNotMatch(said, /未能保存/);
    assert.deepEqual(await storedReviews(page), []);

    await page.getByRole('button', { name: '只导入这 2 条可用的记录' }).click();
    await page.getByText('已导入 2 条新记录（0 条原本就有）。另有 60000 条损坏的记录没有导入，它们仍留在你的文件里。').waitFor({ timeout: 60_000 });
    assert.deepEqual((await storedReviews(page)).map((review) => review.id).sort(), ['valid-0', 'valid-1']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('progress saved by a newer version is shown, the page says why it saves nothing, and the data stays as it was', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    // Write the newer database from a page of the same origin that runs none of the notebook's code.
    const setup = await context.newPage();
    await setup.goto(new URL('/favicon.svg', BASE_URL).href);
    const anHourAgo = new Date(Date.now() - 60 * 60_000).toISOString();
    await setup.evaluate(
      ({ name, answeredAt, extraStore }) =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open(name, 4);
          request.onupgradeneeded = () => {
            const database = request.result;
            const reviews = database.createObjectStore('reviews', { keyPath: 'id' });
            database.createObjectStore('quarantine', { keyPath: 'id' });
            database.createObjectStore(extraStore, { keyPath: 'key' });
            reviews.put({ id: 'from-newer-1', questionId: 'fixture-options-single', rating: 3, correct: true, answeredAt });
            reviews.put({ id: 'from-newer-2', question: { id: 'fixture-options-order' }, grade: { fsrs: 3 }, at: Date.now() });
          };
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
        }),
      { name: DATABASE, answeredAt: anHourAgo, extraStore: NEWER_VERSION_STORE },
    );
    const before = await setup.evaluate(dumpDatabase, DATABASE);
    assert.equal(before.version, 4);
    await setup.close();

    const { page, errors } = await openPage(browser(), '/fixtures/quiz-options/', { context });
    const block = await quizBlock(page, 'options');
    // What this version can read is shown: the first question was answered right.
    await expectQuestionLabels(block, ['Question 1, right last time', 'Question 2', 'Question 3']);
    const notice = page.locator('.storage-notice');
    await notice.waitFor();
    const said = await textOf(notice);
    assert.match(said, /Your progress was saved by a newer version of the notebook \(storage version 4; this page knows versions up to 3\)\. What this page can read is shown as usual, but it saves nothing/);
    assert.match(said, /1 record this page cannot read is left untouched/);
    assert.doesNotMatch(said, /private window/);

    // An answer is graded, and refused with the reason.
    const card = cardAt(block, 0);
    await card.getByLabel('gamma', { exact: true }).check();
    await card.getByRole('button', { name: 'Check', exact: true }).click();
    assert.equal(await textOf(card.locator('.quiz-feedback__verdict')), '✓ Right');
    await card.getByText(/^Not saved: your progress was saved by a newer version of the notebook/).waitFor();
    assert.deepEqual(await page.evaluate(dumpDatabase, DATABASE), before, 'the newer database is exactly as it was');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

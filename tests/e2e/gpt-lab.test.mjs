// The tiny GPT lab in Chromium, on a fixture page of its own with a small model (1 layer, width 16) so that each
// test trains for seconds: the loss falls, pause and resume, the page answers while the worker trains, the model
// survives a reload, export and import, a corrupt file is refused, the checkpoint loads, fine-tuning runs, and axe
// finds nothing in either theme.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openPage, useBrowser } from './support.mjs';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const browser = useBrowser();
const PATH = '/fixtures/gpt-lab/';
/** Generous: these machines run other builds, and a training step can take ten times longer than on a quiet core. */
const TRAINING_TIMEOUT_MS = 120_000;

/** Opens the fixture and waits for the lab to report its first state. */
async function openLab(options = {}, path = PATH) {
  const opened = await openPage(browser(), path, options);
  await opened.page.locator('.widget-slot[data-widget="gpt-lab"]').scrollIntoViewIfNeeded();
  await opened.page.waitForSelector('.gpt-lab[data-ready="true"]', { timeout: 30_000 });
  return opened;
}

const stepOf = async (page, stage = 'pretrain') => Number(await page.getByTestId(`${stage}-step`).getAttribute('data-step'));

async function trainUntil(page, stage, step) {
  await page.getByTestId(`${stage}-train`).click();
  await page.waitForFunction(
    ([testId, target]) => Number(document.querySelector(`[data-testid="${testId}"]`)?.getAttribute('data-step')) >= target,
    [`${stage}-step`, step],
    { timeout: TRAINING_TIMEOUT_MS },
  );
  // It may have finished its planned steps already: then there is no Pause to press (and waiting for one would take
  // the click's whole timeout).
  const pause = page.getByTestId(`${stage}-pause`);
  if ((await pause.count()) > 0) await pause.click({ timeout: 2000 }).catch(() => {});
  await page.getByTestId(`${stage}-train`).waitFor();
}

describe('GPT lab', () => {
  it('trains: the loss falls from ln V, and it pauses and resumes', { timeout: 300_000 }, async () => {
    const { page, context, errors } = await openLab();
    assert.match(await page.getByTestId('model-size').textContent(), /1 layer · width 16 · 2 heads · context 32 · vocabulary 112 · /);
    assert.equal(await stepOf(page), 0);
    await trainUntil(page, 'pretrain', 100);
    const validation = Number(await page.getByTestId('pretrain-validation-loss').textContent());
    // Untrained: ln 112 = 4.72 nats per character. After 100 steps the validation loss is well below it.
    assert.ok(validation < 4.2, `validation loss after 100 steps: ${validation}`);
    assert.ok(Number(await page.getByTestId('pretrain-tokens-per-second').textContent()) > 0);
    // Paused: the step stays put.
    const paused = await stepOf(page);
    await page.waitForTimeout(800);
    assert.equal(await stepOf(page), paused);
    // Resumed: it moves on.
    await page.getByTestId('pretrain-train').click();
    await page.waitForFunction((from) => Number(document.querySelector('[data-testid="pretrain-step"]')?.getAttribute('data-step')) > from, paused, { timeout: TRAINING_TIMEOUT_MS });
    // Hidden tab: training pauses; shown again: it resumes.
    const setVisibility = (state) => page.evaluate((value) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
    await setVisibility('hidden');
    await page.getByTestId('pretrain-train').waitFor();
    const hidden = await stepOf(page);
    await page.waitForTimeout(800);
    assert.equal(await stepOf(page), hidden, 'no training while the tab is hidden');
    await setVisibility('visible');
    await page.waitForFunction((from) => Number(document.querySelector('[data-testid="pretrain-step"]')?.getAttribute('data-step')) > from, hidden, { timeout: TRAINING_TIMEOUT_MS });
    await page.getByTestId('pretrain-pause').click().catch(() => {});
    assert.ok((await page.getByTestId('samples').locator('li').count()) >= 2, 'samples at step 0 and on the way');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the page stays responsive while the model trains', { timeout: 300_000 }, async () => {
    // The chapter's size (2 layers, width 32), slow enough to be still training when the measuring ends.
    const { page, context } = await openLab({}, '/fixtures/gpt-lab-default/');
    await page.getByTestId('pretrain-train').click();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="pretrain-step"]')?.getAttribute('data-step')) > 5, null, { timeout: TRAINING_TIMEOUT_MS });
    // For two seconds of training: frame gaps on the main thread, and the time a click takes to change the page.
    const measured = await page.evaluate(async () => {
      const gaps = [];
      let last = performance.now();
      const end = last + 2000;
      await new Promise((resolve) => {
        const frame = (now) => {
          gaps.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(frame);
          else resolve();
        };
        requestAnimationFrame(frame);
      });
      gaps.sort((a, b) => a - b);
      return { median: gaps[Math.floor(gaps.length / 2)], count: gaps.length };
    });
    assert.ok(measured.median < 40, `median frame gap while training: ${measured.median.toFixed(1)} ms over ${measured.count} frames`);
    assert.equal(await page.getByTestId('pretrain-pause').count(), 1, 'still training when the measuring ended');
    const started = Date.now();
    await page.getByTestId('tab-inspect').click();
    await page.getByTestId('inspect-prompt').waitFor({ state: 'visible' });
    assert.ok(Date.now() - started < 2000, 'a tab opens while training');
    await page.getByTestId('tab-pretrain').click();
    await page.getByTestId('pretrain-pause').click();
    await context.close();
  });

  it('survives a reload, exports, refuses a corrupt file, imports, and loads the checkpoint', { timeout: 300_000 }, async () => {
    const { page, context, errors } = await openLab();
    await trainUntil(page, 'pretrain', 30);
    const step = await stepOf(page);
    await page.getByTestId('tab-keep').click();
    await page.waitForFunction((at) => document.querySelector('[data-testid="save-status"]')?.textContent?.includes(`step ${at}`), step, { timeout: 30_000 });

    await page.reload();
    await page.locator('.widget-slot[data-widget="gpt-lab"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('.gpt-lab[data-ready="true"]', { timeout: 30_000 });
    assert.equal(await page.getByTestId('model-source').getAttribute('data-source'), 'saved');
    assert.equal(await stepOf(page), step, 'the saved step came back');

    await page.getByTestId('tab-keep').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    const file = join(tmpdir(), `gpt-lab-${process.pid}.gptlab`);
    await download.saveAs(file);
    assert.match(download.suggestedFilename(), /^tiny-gpt-en-pretrain-step\d+\.gptlab$/);

    // A flipped byte: refused with the reason, and the model is unchanged.
    const bytes = readFileSync(file);
    const corrupt = Buffer.from(bytes);
    corrupt[corrupt.length - 100] ^= 0xff;
    await page.getByTestId('import').setInputFiles({ name: 'broken.gptlab', mimeType: 'application/octet-stream', buffer: corrupt });
    await page.getByTestId('problem').waitFor();
    assert.equal(await page.getByTestId('problem').getAttribute('data-code'), 'corrupt');
    assert.match(await page.getByTestId('problem').textContent(), /checksum/);
    assert.equal(await stepOf(page), step);

    // A file that is not a model at all.
    await page.getByTestId('import').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await page.waitForFunction(() => document.querySelector('[data-testid="problem"]')?.getAttribute('data-code') === 'not-model-file');

    // Reset (asks twice), then import the exported file: the step comes back.
    await page.getByTestId('tab-pretrain').click();
    await page.getByTestId('pretrain-reset').click();
    await page.getByTestId('pretrain-reset').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="pretrain-step"]')?.getAttribute('data-step') === '0');
    await page.getByTestId('tab-keep').click();
    await page.getByTestId('import').setInputFiles(file);
    await page.waitForFunction(() => document.querySelector('[data-testid="model-source"]')?.getAttribute('data-source') === 'import');
    assert.equal(await stepOf(page), step);

    // The shipped checkpoint: the default size, pretrained for 2,000 steps.
    await page.getByTestId('tab-pretrain').click();
    await page.getByTestId('load-checkpoint').click();
    await page.getByTestId('load-checkpoint').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="model-source"]')?.getAttribute('data-source') === 'checkpoint', null, { timeout: 30_000 });
    assert.match(await page.getByTestId('model-size').textContent(), /2 layers · width 32 · 4 heads · context 64/);
    assert.equal(await stepOf(page), 2000);
    assert.deepEqual(errors.filter((error) => !/Failed to load resource/.test(error)), []);
    await context.close();
  });

  it('fine-tunes: the masked loss with its numbers, and the same question before and after', { timeout: 300_000 }, async () => {
    const { page, context, errors } = await openLab();
    await trainUntil(page, 'pretrain', 50);
    await page.getByTestId('tab-sft').click();
    await trainUntil(page, 'sft', 60);
    assert.equal(await stepOf(page, 'sft'), 60);
    // Σ m(−log p) / Σ m = loss, typeset: the fraction's numbers are in the formula.
    assert.match(await page.getByTestId('sft-formula').textContent(), /=.*\d.*=\s*\d/);
    assert.ok(Number(await page.getByTestId('sft-validation-loss').textContent()) > 0);
    await page.getByTestId('compare-ask').click();
    await page.getByTestId('compare-reply-sft').waitFor();
    assert.match(await page.getByTestId('compare-reply-pretrained').textContent(), /What is a token\?/);
    // Pretraining is over once fine-tuning started.
    await page.getByTestId('tab-pretrain').click();
    assert.equal(await page.getByTestId('pretrain-train').isDisabled(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('inspects a prompt: probabilities and one attention map per head', { timeout: 120_000 }, async () => {
    const { page, context } = await openLab();
    await page.getByTestId('tab-inspect').click();
    await page.getByTestId('inspect-prompt').fill('The model');
    await page.getByTestId('inspect-run').click();
    await page.getByTestId('inspect-top').waitFor();
    assert.equal(await page.getByTestId('inspect-top').locator('tbody tr').count(), 10);
    assert.equal(await page.getByTestId('attention-map').count(), 2);
    // A bad temperature is refused and the last good one kept.
    await page.getByTestId('temperature-input').fill('9');
    await page.getByTestId('temperature-input').press('Enter');
    assert.match(await page.locator('.gpt-lab').textContent(), /refused/);
    assert.match(page.url(), /gpt-lab\.tab=inspect/);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    it(`axe-core finds no violations in any tab (${colorScheme}, 320 px)`, { timeout: 120_000 }, async () => {
      const { page, context } = await openLab({ colorScheme, width: 320, height: 700 });
      await page.addScriptTag({ path: AXE_PATH });
      const failures = [];
      for (const tab of ['pretrain', 'sft', 'inspect', 'keep']) {
        await page.getByTestId(`tab-${tab}`).click();
        if (tab === 'inspect') {
          await page.getByTestId('inspect-run').click();
          await page.getByTestId('inspect-top').waitFor();
        }
        const result = await page.evaluate(() => window.axe.run(document.querySelector('.gpt-lab'), { resultTypes: ['violations'] }));
        for (const violation of result.violations) failures.push(`${tab}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures.push(`${tab}: the page overflows by ${overflow} px`);
      }
      assert.deepEqual(failures, []);
      await context.close();
    });
  }
});


// The tiny GPT lab's RLHF tabs in Chromium, as a reader goes through them on the fixture page of short schedules
// (reward-steps=10, ppo-iterations=6): the shipped checkpoint, a short fine-tuning, comparisons (a sampled pair judged
// by hand and the lab's own set), the reward model with its held-out accuracy and the score of a typed reply, PPO with
// its mean score rising and its KL showing, the three models side by side, a reload that finds it all saved, an
// export and import that keep the comparisons and the PPO record, and axe over the new tabs in both themes at 320 px
// with no page overflow.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openPage, useBrowser } from './support.mjs';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const browser = useBrowser();
const PATH = '/fixtures/gpt-lab-rlhf/';
/** Generous: the machines running this build other things, and a PPO iteration can take ten times its quiet time. */
const TRAINING_TIMEOUT_MS = 180_000;
const RLHF_TABS = ['comparisons', 'reward', 'ppo'];

const stepOf = async (page, stage) => Number(await page.getByTestId(`${stage}-step`).getAttribute('data-step'));

/** Presses the stage's Train button and waits until the stage has run all its planned steps and stopped. */
async function trainToEnd(page, stage, total) {
  await page.getByTestId(`tab-${stage}`).click();
  await page.getByTestId(`${stage}-train`).click();
  await page.waitForFunction(
    ([testId, target]) => Number(document.querySelector(`[data-testid="${testId}"]`)?.getAttribute('data-step')) >= target,
    [`${stage}-step`, total],
    { timeout: TRAINING_TIMEOUT_MS },
  );
  await page.getByTestId(`${stage}-train`).waitFor();
}

/** axe over the lab in each RLHF tab, and the page's horizontal overflow; returns the failures as lines. */
async function auditTabs(page, theme) {
  const failures = [];
  for (const tab of RLHF_TABS) {
    await page.getByTestId(`tab-${tab}`).click();
    const result = await page.evaluate(() => window.axe.run(document.querySelector('.gpt-lab'), { resultTypes: ['violations'] }));
    for (const violation of result.violations) failures.push(`${theme} ${tab}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) failures.push(`${theme} ${tab}: the page overflows by ${overflow} px`);
  }
  return failures;
}

describe('GPT lab through RLHF', () => {
  it('takes the checkpoint through fine-tuning, comparisons, the reward model and PPO; the file keeps it all', { timeout: 600_000 }, async () => {
    const { page, context, errors } = await openPage(browser(), PATH, { width: 320, height: 800 });
    await page.locator('.widget-slot[data-widget="gpt-lab"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('.gpt-lab[data-ready="true"]', { timeout: 30_000 });

    // The shipped checkpoint (the chapter's size), then the page's short fine-tuning.
    await page.getByTestId('load-checkpoint').click();
    await page.getByTestId('load-checkpoint').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="model-source"]')?.getAttribute('data-source') === 'checkpoint', null, { timeout: 30_000 });
    await page.getByTestId('tab-reward').click();
    assert.equal(await page.getByTestId('reward-train').isDisabled(), true, 'no reward model before fine-tuning and comparisons');
    await trainToEnd(page, 'sft', 40);

    // Comparisons: two sampled replies, one picked by hand; then the lab's own set.
    await page.getByTestId('tab-comparisons').click();
    assert.equal(await page.getByTestId('comparison-counts').getAttribute('data-total'), '0');
    await page.getByTestId('sample-pair').click();
    await page.getByTestId('pair').waitFor();
    await page.getByTestId('pick-0').click();
    await page.waitForFunction(() => {
      const status = document.querySelector('[data-testid="comparison-status"]')?.textContent ?? '';
      return /added|Not added/.test(status);
    });
    // Two samples can coincide (then nothing is added, and the lab says why); either way the status names it.
    const mine = Number(await page.getByTestId('comparison-counts').getAttribute('data-total'));
    assert.ok(mine === 0 || mine === 1);
    await page.getByTestId('add-shipped').click();
    await page.waitForFunction((before) => Number(document.querySelector('[data-testid="comparison-counts"]')?.getAttribute('data-total')) > before + 20, mine);
    const comparisons = Number(await page.getByTestId('comparison-counts').getAttribute('data-total'));
    assert.equal(await page.getByTestId('comparisons').locator('li[data-source="shipped"]').count(), comparisons - mine);

    // The reward model: trained to its 10 steps, with a held-out accuracy and a score for a typed reply.
    await trainToEnd(page, 'reward', 10);
    const accuracy = Number(await page.getByTestId('reward-accuracy').getAttribute('data-value'));
    assert.ok(accuracy >= 0 && accuracy <= 1, `held-out accuracy ${accuracy}`);
    assert.match(await page.getByTestId('reward-formula').textContent(), /=\s*0[.,]\d/);
    await page.getByTestId('score-reply').fill('A small piece of text.');
    await page.getByTestId('score-run').click();
    await page.waitForFunction(() => /r = -?−?\d/.test(document.querySelector('[data-testid="score-result"]')?.textContent ?? ''));

    // PPO, loosened so that six iterations move it: β small and a faster rate. The mean score rises and KL shows.
    await page.getByTestId('tab-ppo').click();
    await page.getByTestId('ppo-beta-input').fill('0.01');
    await page.getByTestId('ppo-beta-input').press('Enter');
    await page.getByTestId('ppo-learning-rate-input').fill('0.001');
    await page.getByTestId('ppo-learning-rate-input').press('Enter');
    await page.waitForTimeout(500); // the knobs reach the worker once the reader stops moving them
    await trainToEnd(page, 'ppo', 6);
    const first = Number(await page.getByTestId('ppo-score').getAttribute('data-first'));
    const last = Number(await page.getByTestId('ppo-score').getAttribute('data-value'));
    assert.ok(last > first, `mean score from ${first} at the first iteration to ${last} at the sixth`);
    const kl = Number(await page.getByTestId('ppo-kl').getAttribute('data-value'));
    assert.ok(kl > 0 && Number.isFinite(kl), `KL ${kl}`);
    assert.ok((await page.getByTestId('ppo-samples').locator('li').count()) >= 2, 'replies to the fixed questions at the start and on the way');
    await page.getByTestId('models-ask').click();
    for (const model of ['pretrained', 'sft', 'ppo']) await page.getByTestId(`models-reply-${model}`).waitFor();

    // Saved in the browser as it trained: a reload brings back the PPO run and the comparisons.
    await page.getByTestId('tab-keep').click();
    await page.waitForFunction(() => /PPO, step 6/.test(document.querySelector('[data-testid="save-status"]')?.textContent ?? ''), null, { timeout: 30_000 });
    await page.reload();
    await page.locator('.widget-slot[data-widget="gpt-lab"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('.gpt-lab[data-ready="true"]', { timeout: 30_000 });
    assert.equal(await page.getByTestId('model-source').getAttribute('data-source'), 'saved');
    // The RLHF panels load when their tab is first opened (the save tab was the open one at the reload), and the
    // worker, restoring a model past fine-tuning, has loaded its reward model and PPO: the PPO model answers.
    assert.equal(await page.getByTestId('comparison-counts').count(), 0, 'the comparisons panel waits for its tab');
    await page.getByTestId('tab-comparisons').click();
    assert.equal(Number(await page.getByTestId('comparison-counts').getAttribute('data-total')), comparisons);
    await page.getByTestId('tab-ppo').click();
    assert.equal(await stepOf(page, 'ppo'), 6);
    assert.equal(await page.getByTestId('ppo-score').getAttribute('data-value'), String(last));
    await page.getByTestId('models-ask').click();
    await page.getByTestId('models-reply-ppo').waitFor();

    // Export, start over from nothing, import: the comparisons and PPO's record come back.
    await page.getByTestId('tab-keep').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    const file = join(tmpdir(), `gpt-lab-rlhf-${process.pid}.gptlab`);
    await download.saveAs(file);
    await page.getByTestId('tab-pretrain').click();
    await page.getByTestId('pretrain-reset').click();
    await page.getByTestId('pretrain-reset').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="comparison-counts"]')?.getAttribute('data-total') === '0');
    await page.getByTestId('tab-keep').click();
    await page.getByTestId('import').setInputFiles(file);
    await page.waitForFunction(() => document.querySelector('[data-testid="model-source"]')?.getAttribute('data-source') === 'import');
    assert.equal(Number(await page.getByTestId('comparison-counts').getAttribute('data-total')), comparisons);
    assert.equal(await stepOf(page, 'ppo'), 6);
    await page.getByTestId('tab-reward').click(); // not opened since the reload: its panel loads now
    assert.equal(await stepOf(page, 'reward'), 10);

    // axe over the three tabs with their content, light then dark, at 320 px.
    await page.addScriptTag({ path: AXE_PATH });
    const failures = await auditTabs(page, 'light');
    await page.selectOption('.theme-select select', 'dark');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    failures.push(...(await auditTabs(page, 'dark')));
    assert.deepEqual(failures, []);
    assert.deepEqual(errors.filter((error) => !/Failed to load resource/.test(error)), []);
    await context.close();
  });
});

// The RLHF lab in Chromium, on its own fixture page (src/markdown/fixtures/pages/en/12-rlhf-lab.md): ranking by
// keyboard and by drag, the reward model and PPO (exact and sampled) checked against the numpy reference
// (src/math/reference/rlhf.py), the URL state across a reload, refused values, reward hacking, no layout shift on
// mount, no page overflow at 320 px, and axe in both themes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { openPage, useBrowser } from './support.mjs';

const browser = useBrowser();
const PATH = '/fixtures/rlhf-lab/';
const FIXTURE = 'src/markdown/fixtures/pages/en/12-rlhf-lab.md';
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const REFERENCE = JSON.parse(readFileSync(new URL('../../src/math/reference/rlhf.json', import.meta.url), 'utf8'));

/** Opens the fixture with `query` (lab state) and waits for the lab to mount. */
async function openLab(query = '', options = {}) {
  const opened = await openPage(browser(), `${PATH}${query}`, options);
  await mountLab(opened.page);
  return opened;
}

/** Scrolls to the lab's slot (its section first: sections render only near the screen) and waits for the lab. */
async function mountLab(page) {
  const slot = page.locator('.widget-slot[data-widget="rlhf-lab"]').first();
  await slot.evaluate((element) => element.closest('.chapter-section')?.scrollIntoView());
  await slot.scrollIntoViewIfNeeded();
  await page.locator('.rlhf-lab').first().waitFor();
}

const order = (page) => page.$$eval('[data-reply]', (cards) => cards.map((card) => card.dataset.reply).join(''));
const number = async (page, testId) => Number((await page.getByTestId(testId).first().textContent()).trim());
/** |actual − expected| within the rounding of a 4-significant-digit (or 3-decimal) readout. */
function near(actual, expected, what, tolerance = 5e-4) {
  assert.ok(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)), `${what}: ${actual} ≠ ${expected}`);
}

describe('RLHF lab', () => {
  it('ranks by keyboard: ↑/↓ on a handle and ▲/▼ with Enter, the focus staying on the moved card', async () => {
    const { page, context, errors } = await openLab();
    assert.equal(await order(page), 'AEBCD');
    await page.getByTestId('handle-E').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await order(page), 'ABCED');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'handle-E');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'up-E');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    assert.equal(await order(page), 'AEBCD');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'up-E', 'the focus follows the card');
    await page.getByTestId('down-A').focus();
    await page.keyboard.press('Enter');
    assert.equal(await order(page), 'EABCD');
    assert.match(await page.getByTestId('pairs').textContent(), /E≻A E≻B E≻C E≻D A≻B A≻C A≻D B≻C B≻D C≻D/);
    await page.waitForURL(/rlhf-lab\.rank=E%2CA%2CB%2CC%2CD/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('ranks by drag: D dragged by its handle to the top', async () => {
    const { page, context, errors } = await openLab();
    const from = await page.getByTestId('handle-D').boundingBox();
    const to = await page.locator('[data-reply="A"]').boundingBox();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 8; step += 1) {
      await page.mouse.move(from.x + from.width / 2, from.y + (to.y + 5 - from.y) * (step / 8), { steps: 2 });
    }
    await page.mouse.up();
    assert.equal(await order(page), 'DAEBC');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('fits the reward model step by step to the numpy values, and holds the loss under a shift', async () => {
    const { page, context, errors } = await openLab();
    await page.getByTestId('tab-reward').click();
    await page.getByTestId('reward-step').click();
    await page.getByTestId('reward-step').click();
    for (const [j, weight] of REFERENCE.fit.steps['2'].entries()) near(await number(page, `weight-${j}`), weight, `w${j} after 2 steps`);
    await page.getByTestId('reward-play').click();
    await page.waitForFunction(() => /step ([5-9]\d|[1-9]\d\d) \//.test(document.querySelector('[data-testid="reward-counter"]')?.textContent ?? ''));
    await page.getByTestId('reward-play').click();
    await page.getByTestId('reward-reset').click();
    assert.equal(await page.getByTestId('reward-counter').textContent(), 'step 0 / 500');
    await context.close();

    const fitted = await openLab('?rlhf-lab.tab=reward&rlhf-lab.rmt=500');
    for (const [j, weight] of REFERENCE.fit.steps['500'].entries()) near(await number(fitted.page, `weight-${j}`), weight, `w${j} after 500 steps`);
    for (const [k, reward] of REFERENCE.fit.rewards.entries()) near(await number(fitted.page, `reward-${'ABCDE'[k]}`), reward, `r(${'ABCDE'[k]})`);
    assert.match(await fitted.page.getByTestId('pair-AE').textContent(), /reversed/);
    await fitted.page.getByTestId('shift-input').fill('10');
    await fitted.page.getByTestId('shift-input').press('Enter');
    const [, before, after] = /from r: (\d+\.\d+); from r \+ c: (\d+\.\d+)/.exec(await fitted.page.getByTestId('shift-result').textContent());
    assert.equal(after, before);
    await fitted.page.waitForFunction(() => document.querySelector('[data-testid="loss-formula"] annotation')?.textContent.includes('0.4743'));
    assert.deepEqual([...errors, ...fitted.errors], []);
    await fitted.context.close();
  });

  it('runs PPO exactly and sampled to the numpy iterations, and keeps its state across a reload', async () => {
    const exact = await openLab('?rlhf-lab.tab=ppo&rlhf-lab.rmt=500&rlhf-lab.mode=exact&rlhf-lab.t=60');
    const expected = REFERENCE.ppo.exact['60'];
    for (const [k, p] of expected.probabilities.entries()) near(await number(exact.page, `p-policy-${'ABCDE'[k]}`), p, `π(${'ABCDE'[k]}) exact`, 1e-3);
    near(await number(exact.page, 'kl'), expected.kl, 'KL exact');
    for (const [k, p] of REFERENCE.optimalPolicy['0.5'].probabilities.entries()) near(await number(exact.page, `p-optimum-${'ABCDE'[k]}`), p, `π*(${'ABCDE'[k]})`, 1e-3);
    await exact.context.close();

    const { page, context, errors } = await openLab('?rlhf-lab.tab=ppo&rlhf-lab.rmt=500&rlhf-lab.seed=7&rlhf-lab.t=11');
    await page.getByTestId('ppo-step').click();
    assert.equal(await page.getByTestId('ppo-counter').textContent(), 'iteration 12 / 300');
    const sampled = REFERENCE.ppo.sampled['12'];
    near(await number(page, 'kl'), sampled.kl, 'KL sampled');
    await page.waitForURL(/rlhf-lab\.t=12/);
    await page.reload();
    await mountLab(page);
    assert.equal(await page.getByTestId('ppo-counter').textContent(), 'iteration 12 / 300');
    near(await number(page, 'kl'), sampled.kl, 'KL after reload');
    assert.equal(await page.getByTestId('mode-sampled').isChecked(), true);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('refuses bad values with a reason, and bad directives show error boxes naming the file and line', async () => {
    const { page, context, errors } = await openLab('?rlhf-lab.tab=ppo&rlhf-lab.rmt=200&rlhf-lab.beta=abc&rlhf-lab.t=999');
    assert.equal(await page.getByTestId('beta-input').inputValue(), '0.5', 'a bad URL value is ignored');
    assert.equal(await page.getByTestId('ppo-counter').textContent(), 'iteration 0 / 300');
    for (const typed of ['0', '-2', 'NaN']) {
      await page.getByTestId('beta-input').fill(typed);
      await page.getByTestId('beta-input').press('Enter');
      assert.match(await page.getByTestId('panel-ppo').textContent(), /β must be above 0/);
    }
    await page.locator('[data-testid="more-settings"] summary').click();
    await page.getByTestId('learningRate-input').fill('1e6');
    await page.getByTestId('learningRate-input').press('Enter');
    assert.match(await page.getByTestId('panel-ppo').textContent(), /enter a number from 0\.001 to 20/);
    // Typed text is quoted back in the refusals; every number the lab shows is finite.
    assert.doesNotMatch(await page.locator('.rlhf-lab :is(dd, td, .rlhf-lab__bar-value, svg text, output)').allTextContents().then((all) => all.join(' ')), /NaN|Infinity/);
    const boxes = await page.$$eval('[data-error-box]', (all) => all.map((box) => box.textContent ?? ''));
    for (const [pattern, what] of [
      [/rlhf-lab.*12-rlhf-lab\.md:49.*beta must be a number from 0\.001 to 100, got '0'/s, 'β = 0 attribute'],
      [/rlhf-lab.*12-rlhf-lab\.md:67.*length must be a number/s, 'a feature value that is not a number'],
      [/rlhf-lab.*12-rlhf-lab\.md:\d+.*must add up to 1, got 1\.2/s, 'reference probabilities'],
    ]) {
      assert.ok(boxes.some((box) => box.includes(FIXTURE) && pattern.test(box)), `${what}: ${pattern} in ${JSON.stringify(boxes)}`);
    }
    assert.match(await page.textContent('.chapter-body'), /SENTINEL-END/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows reward hacking when playing with β = 0.05: the true reward falls below its start while the fitted one rises', async () => {
    const { page, context, errors } = await openLab('?rlhf-lab.tab=ppo&rlhf-lab.rmt=500&rlhf-lab.beta=0.05&rlhf-lab.mode=exact');
    await page.getByTestId('ppo-play').click();
    await page.locator('[data-testid="trend"][data-hacking]').waitFor({ timeout: 20_000 });
    await page.getByTestId('ppo-play').click();
    const t = Number(/iteration (\d+)/.exec(await page.getByTestId('ppo-counter').textContent())[1]);
    near(await number(page, 'expected-fitted'), REFERENCE.ppo.hacking.expectedReward[t - 1], `fitted at ${t}`);
    near(await number(page, 'expected-true'), REFERENCE.ppo.hacking.expectedTrue[t - 1], `true at ${t}`);
    assert.ok((await number(page, 'expected-true')) < -0.05);
    assert.ok((await number(page, 'expected-fitted')) > 0.05);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('mounts into exactly the space reserved for it, and fits a 320 px screen on every step', async () => {
    for (const width of [320, 360, 768, 1280]) {
      const { page, context } = await openPage(browser(), PATH, { width, height: 800 });
      const slot = page.locator('.widget-slot[data-widget="rlhf-lab"]').first();
      await slot.evaluate((element) => element.closest('.chapter-section')?.scrollIntoView());
      const reserved = await slot.evaluate((element) => element.getBoundingClientRect().height);
      await mountLab(page);
      const mounted = await slot.evaluate((element) => element.getBoundingClientRect().height);
      assert.equal(mounted, reserved, `no layout shift at ${width} px (reserved ${reserved}, mounted ${mounted})`);
      for (const tab of ['rank', 'reward', 'ppo']) {
        await page.getByTestId(`tab-${tab}`).click();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `no page overflow at ${width} px on ${tab}`);
      }
      await context.close();
    }
  });

  for (const colorScheme of ['light', 'dark']) {
    it(`has no axe violations on any step (${colorScheme})`, async () => {
      const { page, context } = await openLab('?rlhf-lab.rmt=200&rlhf-lab.t=5', { colorScheme });
      await page.addScriptTag({ path: AXE_PATH });
      const failures = [];
      for (const tab of ['rank', 'reward', 'ppo']) {
        await page.getByTestId(`tab-${tab}`).click();
        if (tab === 'ppo') await page.locator('[data-testid="more-settings"] summary').click();
        const result = await page.evaluate(() => window.axe.run(document.querySelector('.rlhf-lab'), { resultTypes: ['violations'] }));
        for (const violation of result.violations) failures.push(`${tab}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
      }
      assert.deepEqual(failures, []);
      await context.close();
    });
  }
});

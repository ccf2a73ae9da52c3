// The attention lab as a reader uses it, on its own fixture page (src/markdown/fixtures/pages/en/10-attention-lab.md):
// a W entry edited from the keyboard changes Q and the weights to the values numpy gives, the mask switch, the link
// that survives a reload, bad URL values ignored, bad attributes shown as error boxes, axe in both themes, 320 px.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axeViolations, expectErrorBoxes, mountWidget, pageOverflow, reserveShortfalls } from './labSupport.mjs';
import { openPage, useBrowser } from './support.mjs';

const browser = useBrowser();
const PAGE = '/fixtures/attention-lab/';
const cell = (page, testId) => page.getByTestId(testId).first().textContent();
const fishWeights = (page) => Promise.all([0, 1, 2].map((j) => cell(page, `weights-0-2-${j}`)));

describe('attention lab', () => {
  it('shows the worked example, and a W entry edited from the keyboard changes Q and the weights as numpy says', async () => {
    const { page, context, errors } = await openPage(browser(), PAGE);
    await mountWidget(page, 'attention-lab', '.attention-lab');
    // src/math/reference/attention.py, case "walkthrough": fish puts (0.140, 0.576, 0.284) on cat, ate, fish.
    assert.deepEqual(await fishWeights(page), ['0.14', '0.576', '0.284']);
    await page.getByTestId('stage-tab-projections').first().click();
    await page.getByTestId('wq-0-0-0').first().focus();
    // To W_Q[1,2], then Page Up (+1) and ten presses of + on W_Q[3,1], as a keyboard user would.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 10; i += 1) await page.keyboard.press('+');
    assert.equal(await cell(page, 'wq-0-0-1'), '2');
    assert.equal(await cell(page, 'wq-0-2-0'), '1');
    // numpy with W_Q = [[0,2],[1,0],[1,0],[1,0]]: q_cat = q_fish = (1, 2), fish's weights (0.0454, 0.7679, 0.1867).
    assert.deepEqual(await Promise.all(['queries-0-0-0', 'queries-0-0-1', 'queries-0-2-0', 'queries-0-2-1'].map((id) => cell(page, id))), ['1', '2', '1', '2']);
    assert.deepEqual(await fishWeights(page), ['0.0454', '0.768', '0.187']);
    // The focused cell's formula, typeset with its numbers.
    assert.match(await page.getByTestId('cell-formula').first().textContent(), /W_Q, row 3, column 1/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the mask switch lets the first token see the future, and says why that would spoil training', async () => {
    const { page, context } = await openPage(browser(), PAGE);
    await mountWidget(page, 'attention-lab', '.attention-lab');
    assert.equal(await cell(page, 'weights-0-0-1'), '0');
    await page.getByTestId('switch-mask').first().uncheck();
    assert.deepEqual(await Promise.all([0, 1, 2].map((j) => cell(page, `weights-0-0-${j}`))), ['0.14', '0.576', '0.284']);
    assert.match(await page.getByTestId('lesson-mask').first().textContent(), /"cat" now takes 86% of its attention from later tokens.*copies it/);
    await context.close();
  });

  it('a link reproduces the lab after a reload, and bad URL values are ignored', async () => {
    const { page, context } = await openPage(browser(), PAGE);
    await mountWidget(page, 'attention-lab', '.attention-lab');
    await page.getByTestId('stage-tab-projections').first().click();
    await page.getByTestId('wk-0-1-1').first().focus();
    const field = page.getByTestId('weight-input').first();
    await field.fill('0');
    await field.press('Enter');
    await page.getByTestId('switch-positions').first().check();
    await page.waitForURL(/attention-lab\.positions=true/);
    assert.match(page.url(), /attention-lab\.wk=1%2C0%3B0%2C0%3B0%2C0%3B1%2C1|attention-lab\.wk=1,0;0,0;0,0;1,1/);
    const before = await fishWeights(page);
    await page.reload();
    await mountWidget(page, 'attention-lab', '.attention-lab');
    assert.deepEqual(await fishWeights(page), before);
    assert.equal(await page.getByTestId('switch-positions').first().isChecked(), true);

    const bad = await openPage(browser(), `${PAGE}?attention-lab.wq=1,2;3&attention-lab.dk=99&attention-lab.tokens=cat,cow,fish&attention-lab.mask=false`);
    await mountWidget(bad.page, 'attention-lab', '.attention-lab');
    assert.equal(await bad.page.getByTestId('dk-input').first().inputValue(), '2', 'd_k 99 ignored');
    assert.equal(await bad.page.getByTestId('token-1').first().inputValue(), 'ate', 'an unknown token ignored');
    assert.equal(await bad.page.getByTestId('switch-mask').first().isChecked(), false, 'the good value applied');
    assert.deepEqual(bad.errors, []);
    await bad.context.close();
    await context.close();
  });

  it('shows an error box for each bad attribute, naming the file, the line and the problem', async () => {
    const { page, context } = await openPage(browser(), PAGE);
    const file = 'src/markdown/fixtures/pages/en/10-attention-lab.md';
    const expected = [
      [18, /tokens must be 3 to 8/],
      [20, /unknown 'cow'/],
      [22, /dmodel must be a whole number from 4 to 8/],
      [24, /dk must be a whole number from 1 to 16/],
      [26, /wq must be 4 rows of 2 numbers/],
      [28, /an entry is not a number/],
      [30, /the rows differ in length/],
      [32, /an entry is out of range/],
      [34, /mask must be true or false/],
      [36, /heads must be a whole number from 1 to 2/],
      [38, /colour/],
    ];
    await expectErrorBoxes(page, file, expected);
    assert.match(await page.textContent('.chapter-body'), /SENTINEL-END/);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    it(`axe-core finds nothing in either lab, on every stage (${colorScheme})`, async () => {
      const { page, context } = await openPage(browser(), PAGE, { colorScheme });
      const labs = [await mountWidget(page, 'attention-lab', '.attention-lab', 0), await mountWidget(page, 'attention-lab', '.attention-lab', 1)];
      const failures = [];
      for (const stage of ['inputs', 'projections', 'scores', 'output']) {
        // Both labs on the same stage, a cell inspected so that the formula panel is filled, then the whole page.
        for (const lab of labs) await lab.getByTestId(`stage-tab-${stage}`).click();
        await labs[1].locator('td[tabindex="0"]').first().focus();
        failures.push(...(await axeViolations(page, '.chapter-body')).map((violation) => `${stage}: ${violation}`));
      }
      assert.deepEqual(failures, []);
      await context.close();
    });
  }

  it('fits a 320 px phone without page overflow; wide matrices scroll inside their own box', async () => {
    const { page, context } = await openPage(browser(), PAGE, { width: 320, height: 700 });
    for (const index of [0, 1]) {
      const lab = await mountWidget(page, 'attention-lab', '.attention-lab', index);
      for (const stage of ['inputs', 'projections', 'scores', 'output']) {
        await lab.getByTestId(`stage-tab-${stage}`).click();
        assert.equal(await pageOverflow(page), 0, `lab ${index}, stage ${stage}`);
      }
    }
    await context.close();
  });

  it('reserves enough height for the lab at every width, so nothing shifts when it mounts', async () => {
    assert.deepEqual(await reserveShortfalls(browser(), PAGE, 'attention-lab', '.attention-lab'), []);
  });
});

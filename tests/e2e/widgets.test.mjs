// Widgets mount from their directives and respond to input, with numbers checked against the reference values in
// src/math/reference/ (computed by reference.py there, independently of the notebook's code).
// Each lab is driven on its own fixture page (src/markdown/fixtures/pages/en/NN-<lab>.md, served at /fixtures/<lab>/).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useBrowser } from './support.mjs';

const browser = useBrowser();

describe('softmax lab', () => {
  it('mounts from its directive and recomputes when the temperature changes', async () => {
    const { page, context, errors } = await openPage(browser(), '/fixtures/softmax-lab/');
    await page.locator('.widget-slot[data-widget="softmax-lab"]').scrollIntoViewIfNeeded();
    const lab = page.locator('.softmax-lab');
    await lab.waitFor();
    // softmax(2, 1, 0.1) = (0.6590, 0.2424, 0.09857); loss for token 1 = 0.4170 (src/math/reference/softmax.json).
    assert.equal(await page.textContent('[data-testid="softmax-p-0"]'), '0.659');
    assert.equal(await page.textContent('[data-testid="softmax-loss"]'), '0.417');
    const field = lab.getByLabel('Temperature T', { exact: true }).and(page.locator('input[type="text"]'));
    await field.fill('0.5');
    await field.press('Enter');
    // T = 0.5: p = (0.8638, 0.1169, 0.01932); loss = 0.1464.
    assert.equal(await page.textContent('[data-testid="softmax-p-0"]'), '0.8638');
    assert.equal(await page.textContent('[data-testid="softmax-loss"]'), '0.1464');
    await field.fill('abc');
    await field.press('Enter');
    assert.match(await lab.textContent(), /refused/);
    assert.equal(await page.textContent('[data-testid="softmax-loss"]'), '0.1464', 'the last good value is kept');
    assert.match(page.url(), /softmax-lab\.t=0\.5/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

/** The number a readout shows, parsed. */
async function shown(page, testId) {
  return Number((await page.getByTestId(testId).first().textContent()).trim());
}

/** Asserts |actual − expected| ≤ tolerance·|expected| (the widgets print 6 significant digits). */
function near(actual, expected, what, tolerance = 5e-6) {
  assert.ok(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)), `${what}: ${actual} ≠ ${expected}`);
}

describe('GeLU lab', () => {
  // Reference values: src/math/reference/gelu.json (mpmath at 30 digits).
  it('moves the probe by number field, slider and keyboard, with readouts matching the reference values', async () => {
    const { page, context, errors } = await openPage(browser(), '/fixtures/gelu-lab/');
    const slot = page.locator('.widget-slot[data-widget="gelu-lab"]');
    await slot.scrollIntoViewIfNeeded();
    await page.getByTestId('readout-gelu').waitFor();
    near(await shown(page, 'readout-gelu'), 0.8413447460685429, 'GeLU(1) from the directive x=1');
    near(await shown(page, 'readout-derivative'), 1.083315470587686, "GeLU'(1)");
    near(await shown(page, 'readout-erf'), 0.8427007929497149, 'erf(1)');
    assert.match(await page.getByTestId('probe-formula').textContent(), /0\.841345/);

    // By number field.
    const field = page.getByTestId('probe-input');
    await field.fill('-0.5');
    await field.press('Enter');
    near(await shown(page, 'readout-gelu'), -0.1542687693629934, 'GeLU(-0.5)');
    near(await shown(page, 'readout-cdf'), 0.3085375387259869, 'Φ(-0.5)');
    near(await shown(page, 'readout-tanh'), -0.154285990174856, 'tanh form at -0.5');
    near(await shown(page, 'readout-sigmoid'), -0.14961156339362, 'sigmoid form at -0.5');

    // Refused input keeps the last good value.
    await field.fill('2e7');
    await field.press('Enter');
    near(await shown(page, 'readout-gelu'), -0.1542687693629934, 'GeLU after a refused value');

    // By slider: set it to 2 as a pointer or keyboard would.
    const slider = page.getByTestId('probe-slider');
    await slider.evaluate((input) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setter.call(input, '2');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    near(await shown(page, 'readout-gelu'), 1.954499736103642, 'GeLU(2) by slider');

    // By keyboard on the plot: Shift+← moves ten small steps (0.1) at a time, ten times: 2 → 1.
    await page.locator('.gelu-lab [tabindex="0"]').first().focus();
    for (let i = 0; i < 10; i += 1) await page.keyboard.press('Shift+ArrowLeft');
    near(await shown(page, 'readout-x'), 1, 'x after ten Shift+←');
    near(await shown(page, 'readout-gelu'), 0.8413447460685429, 'GeLU(1) by keyboard');

    // The largest approximation errors over [-6, 6].
    await page.getByRole('button', { name: /-6.*6/ }).first().click();
    assert.match(await page.getByTestId('max-error-tanh').textContent(), /4\.73e-4/);
    assert.match(await page.getByTestId('max-error-sigmoid').textContent(), /2\.03e-2/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a link reproduces the view', async () => {
    const { page, context } = await openPage(browser(), '/fixtures/gelu-lab/?gelu-lab.x=3&gelu-lab.curves=gelu,relu');
    await page.locator('.widget-slot[data-widget="gelu-lab"]').scrollIntoViewIfNeeded();
    await page.getByTestId('readout-gelu').waitFor();
    near(await shown(page, 'readout-gelu'), 2.99595030590511, 'GeLU(3) from the URL');
    assert.equal(await page.getByTestId('readout-erf').count(), 0, 'erf is switched off by the URL');
    await context.close();
  });
});

describe('Adam lab', () => {
  const stepTimes = async (page, count) => {
    for (let i = 0; i < count; i += 1) await page.getByTestId('step-forward').click();
  };

  // Reference values: src/math/reference/optimizers.json (adamOnBowl and adamOnBowlHalfBeta1, step 5).
  it('steps five times on x² + 10y² and shows the reference run in the table', async () => {
    const { page, context, errors } = await openPage(browser(), '/fixtures/adam-lab/');
    await page.locator('.widget-slot[data-widget="adam-lab"]').scrollIntoViewIfNeeded();
    await page.getByTestId('step-forward').waitFor();
    await stepTimes(page, 5);
    near(await shown(page, 'adam-x-g'), 1.20787812114749, 'g_5 (x)');
    near(await shown(page, 'adam-x-m'), 0.639180122366005, 'm_5 (x)');
    near(await shown(page, 'adam-x-v'), 0.0131977237883614, 'v_5 (x)');
    near(await shown(page, 'adam-x-m-hat'), 1.56084130391445, 'm̂_5 (x)');
    near(await shown(page, 'adam-x-v-hat'), 2.64482912891615, 'v̂_5 (x)');
    near(await shown(page, 'adam-x-theta'), 0.507963659264342, 'θ_5 (x)');
    near(await shown(page, 'adam-y-g'), 12.0787811735244, 'g_5 (y)');
    near(await shown(page, 'adam-y-v-hat'), 264.482912367929, 'v̂_5 (y)');
    near(await shown(page, 'adam-y-theta'), 0.507963656867751, 'θ_5 (y)');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('recomputes after β₁ and α change (checked against the reference run)', async () => {
    const { page, context } = await openPage(browser(), '/fixtures/adam-lab/');
    await page.locator('.widget-slot[data-widget="adam-lab"]').scrollIntoViewIfNeeded();
    await page.getByTestId('panel-tab-settings').click();
    for (const [label, value] of [[/^β₁/, '0.5'], [/^Learning rate/, '0.05']]) {
      const input = page.locator('.adam-lab .number-field').filter({ has: page.getByText(label) }).locator('input[type="text"]');
      await input.fill(value);
      await input.press('Enter');
    }
    await page.getByTestId('panel-tab-numbers').click();
    assert.equal(await page.getByTestId('step-reset').isDisabled(), true, 'still at step 0');
    await stepTimes(page, 5);
    // adamOnBowlHalfBeta1: α = 0.05, β₁ = 0.5 on x² + 10y² from (1, 1).
    near(await shown(page, 'adam-x-m'), 1.6359009655191041, 'm_5 (x)');
    near(await shown(page, 'adam-x-v-hat'), 3.266912029953872, 'v̂_5 (x)');
    near(await shown(page, 'adam-x-theta'), 0.7570222402191861, 'θ_5 (x)');
    near(await shown(page, 'adam-y-m-hat'), 16.886719629846404, 'm̂_5 (y)');
    await page.waitForURL(/adam-lab\.beta1=0\.5/);
    await context.close();
  });

  it('moves the start point by keyboard', async () => {
    const { page, context } = await openPage(browser(), '/fixtures/adam-lab/');
    await page.locator('.widget-slot[data-widget="adam-lab"]').scrollIntoViewIfNeeded();
    const handle = page.getByTestId('start-handle');
    await handle.waitFor();
    const before = await handle.getAttribute('aria-valuetext');
    await handle.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    const after = await handle.getAttribute('aria-valuetext');
    assert.notEqual(after, before);
    await page.getByTestId('step-forward').click();
    // The first step starts from the moved point: θ_0 is no longer (1, 1).
    assert.notEqual(await shown(page, 'adam-x-g'), 2);
    await context.close();
  });
});

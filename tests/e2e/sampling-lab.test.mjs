// The next-token lab as a reader uses it, on its own fixture page (src/markdown/fixtures/pages/en/11-sampling-lab.md):
// 1,000 seeded draws give the histogram numpy gives, a logit moved from the keyboard, greedy decoding, the link that
// survives a reload, bad URL values ignored, bad attributes shown as error boxes, axe in both themes, 320 px.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { axeViolations, expectErrorBoxes, mountWidget, pageOverflow, reserveShortfalls } from './labSupport.mjs';
import { openPage, useBrowser } from './support.mjs';

const browser = useBrowser();
const PAGE = '/fixtures/sampling-lab/';
/** What src/math/reference/sampling.py printed: the chapter's logits, seed 3. */
const reference = JSON.parse(readFileSync(new URL('../../src/math/reference/sampling.json', import.meta.url), 'utf8'));
const shown = (scope, testId) => scope.getByTestId(testId).textContent();

describe('next-token lab', () => {
  it('1,000 seeded draws make the histogram numpy makes, beside the probabilities', async () => {
    const { page, context, errors } = await openPage(browser(), PAGE);
    const lab = await mountWidget(page, 'sampling-lab', '.sampling-lab');
    const probabilities = reference.chapter.T1.final.map((p) => p.toFixed(3));
    assert.deepEqual(await Promise.all(probabilities.map((_p, i) => shown(lab, `sampling-p-${i}`))), probabilities);
    await lab.getByTestId('draw-1000').click();
    const counts = await Promise.all(reference.draws.counts1000.map((_count, i) => shown(lab, `sampling-count-${i}`)));
    assert.deepEqual(counts.map(Number), reference.draws.counts1000);
    // The bars: each share of draws is drawn at its width, next to the probability's bar.
    const widths = await lab.locator('.sampling-lab__bar[data-series="samples"] .sampling-lab__fill').evaluateAll((fills) => fills.map((fill) => Number.parseFloat(fill.style.width)));
    assert.deepEqual(widths, reference.draws.counts1000.map((count) => (count / 1000) * 100));
    assert.equal(await shown(lab, 'draws-total'), '1,000 draws');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a logit moved with the arrow keys, then top-k and top-p, give the renormalised probabilities', async () => {
    const { page, context } = await openPage(browser(), PAGE);
    const lab = await mountWidget(page, 'sampling-lab', '.sampling-lab');
    // Ten presses of → on the first logit's slider (step 0.1): 3.2 → 4.2. numpy: softmax(4.2, 2.5, 1.8, 1, 0.2, -1)
    // = (0.74739, 0.13654, 0.06780, 0.03047, 0.01369, 0.00412).
    await lab.getByTestId('logit-0-slider').focus();
    for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowRight');
    assert.equal(await lab.getByTestId('logit-0-input').inputValue(), '4.2');
    assert.deepEqual(await Promise.all([0, 1, 2].map((i) => shown(lab, `sampling-p-${i}`))), ['0.747', '0.137', '0.068']);
    // top-p 0.85: the first two reach 0.8840 ≥ 0.85, renormalised (0.84553, 0.15447).
    await lab.getByTestId('topp-input').fill('0.85');
    await lab.getByTestId('topp-input').press('Enter');
    assert.deepEqual(await Promise.all([0, 1, 2].map((i) => shown(lab, `sampling-p-${i}`))), ['0.846', '0.154', 'filtered out']);
    await context.close();
  });

  it('greedy decoding (T = 0) puts every draw on the first largest logit', async () => {
    const { page, context } = await openPage(browser(), PAGE);
    const lab = await mountWidget(page, 'sampling-lab', '.sampling-lab', 1);
    assert.match(await shown(lab, 'greedy-note'), /does not divide by T/);
    await lab.getByTestId('draw-10').click();
    assert.deepEqual(await Promise.all([0, 1, 2].map((i) => shown(lab, `sampling-count-${i}`))), ['0', '10', '0']);
    await context.close();
  });

  it('a link reproduces the settings and the draws after a reload; bad URL values are ignored', async () => {
    const { page, context } = await openPage(browser(), PAGE);
    const lab = await mountWidget(page, 'sampling-lab', '.sampling-lab');
    await lab.getByTestId('temperature-input').fill('0.7');
    await lab.getByTestId('temperature-input').press('Enter');
    await lab.getByTestId('draw-10').click();
    await page.waitForURL(/sampling-lab\.draws=10/);
    const counts = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => shown(lab, `sampling-count-${i}`)));
    await page.reload();
    const again = await mountWidget(page, 'sampling-lab', '.sampling-lab');
    assert.equal(await again.getByTestId('temperature-input').inputValue(), '0.7');
    assert.deepEqual(await Promise.all([0, 1, 2, 3, 4, 5].map((i) => shown(again, `sampling-count-${i}`))), counts);

    const bad = await openPage(browser(), `${PAGE}?sampling-lab.t=-4&sampling-lab.logits=1,2&sampling-lab.k=abc&sampling-lab.draws=3`);
    const badLab = await mountWidget(bad.page, 'sampling-lab', '.sampling-lab');
    assert.equal(await badLab.getByTestId('temperature-input').inputValue(), '1');
    assert.equal(await badLab.getByTestId('logit-0-input').inputValue(), '3.2');
    assert.equal(await shown(badLab, 'draws-total'), '3 draws', 'the good value applied');
    assert.deepEqual(bad.errors, []);
    await bad.context.close();
    await context.close();
  });

  it('shows an error box for each bad attribute, naming the file, the line and the problem', async () => {
    const { page, context } = await openPage(browser(), PAGE);
    const file = 'src/markdown/fixtures/pages/en/11-sampling-lab.md';
    const expected = [
      [18, /unknown 'cow'/],
      [20, /repeated 'mat'/],
      [22, /logits must give one number per token \(3\), got 2/],
      [24, /temperature must be a number from 0 to 5/],
      [26, /topk must be a whole number/],
      [28, /topp must be a number from 0.01 to 1/],
      [30, /logits must be 2 to 8 comma-separated numbers/],
      [32, /colour/],
    ];
    await expectErrorBoxes(page, file, expected);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    it(`axe-core finds nothing on the page, with draws shown and a candidate filtered out (${colorScheme})`, async () => {
      const { page, context } = await openPage(browser(), PAGE, { colorScheme });
      const lab = await mountWidget(page, 'sampling-lab', '.sampling-lab');
      await mountWidget(page, 'sampling-lab', '.sampling-lab', 1);
      await lab.getByTestId('draw-10').click();
      await lab.getByTestId('topk-input').fill('3');
      await lab.getByTestId('topk-input').press('Enter');
      assert.deepEqual(await axeViolations(page, '.chapter-body'), []);
      await context.close();
    });
  }

  it('fits a 320 px phone without page overflow', async () => {
    const { page, context } = await openPage(browser(), PAGE, { width: 320, height: 700 });
    const lab = await mountWidget(page, 'sampling-lab', '.sampling-lab');
    await lab.getByTestId('draw-1000').click();
    assert.equal(await pageOverflow(page), 0);
    await context.close();
  });

  it('reserves enough height for the lab at every width, so nothing shifts when it mounts', async () => {
    assert.deepEqual(await reserveShortfalls(browser(), PAGE, 'sampling-lab', '.sampling-lab'), []);
  });
});

// Widgets mount from their directives and respond to input, with numbers checked against Python's math module.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useBrowser } from './support.mjs';

const browser = useBrowser();

describe('softmax lab', () => {
  it('mounts in the loss chapter and recomputes when the temperature changes', async () => {
    const { page, context, errors } = await openPage(browser(), '/en/loss/');
    const lab = page.locator('.softmax-lab');
    await lab.scrollIntoViewIfNeeded();
    await lab.waitFor();
    // softmax(2, 1, 0.1) = (0.6590, 0.2424, 0.09857); loss for token 1 = 0.4170 (Python: math.exp, math.log).
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

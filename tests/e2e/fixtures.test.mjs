// Bad content shows its errors in place while the rest renders, and content never runs script.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openPage, useBrowser } from './support.mjs';

const browser = useBrowser();

describe('bad content', () => {
  it('shows an error box for each broken piece, naming the file and line, and renders the rest', async () => {
    const { page, context, errors } = await openPage(browser(), '/fixtures/bad-content/', { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelectorAll('.diagram--pending').length === 0, null, { timeout: 20_000 });
    const boxes = await page.$$eval('[data-error-box]', (all) => all.map((box) => box.textContent ?? ''));
    const file = 'src/markdown/fixtures/pages/en/01-bad-content.md';
    // The pipeline's fixtures (src/markdown/fixtures) check every kind of problem and its line; here the boxes must
    // show in the built page, name the file and line, and leave the rest of the page working.
    const expectations = [
      [/Formula.*:12.*\\frac\{1\}\{/s, 'broken inline formula'],
      [/Formula.*:16.*aligned/s, 'broken display formula'],
      [/Formula.*:20.*notacommand/s, 'unknown command'],
      [/no-such-widget.*:24.*there is no widget named/s, 'unknown widget'],
      [/softmax-lab.*:26.*logits must be/s, 'bad widget prop'],
      [/softmax-lab.*:28.*target must be the index of one of the 3 logits/s, 'prop that fails a cross-check'],
      [/quiz.*:30.*answer must be a number/s, 'a quiz question that does not fit the schema'],
    ];
    for (const [pattern, what] of expectations) {
      assert.ok(boxes.some((box) => box.includes(file) && pattern.test(box)), `${what}: ${pattern} in ${JSON.stringify(boxes, null, 1)}`);
    }
    const text = await page.textContent('.chapter-body');
    assert.match(text, /This paragraph comes first and must render/);
    assert.match(text, /10:30 and a:b stay text/);
    assert.match(text, /SENTINEL-END/);
    assert.ok((await page.$$('.chapter-body .katex')).length >= 1, 'the good formula is typeset');
    assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
    await context.close();
  });

  it('a chapter with broken front matter says so and still renders its body', async () => {
    const { page, context } = await openPage(browser(), '/fixtures/bad-front-matter/');
    const box = await page.textContent('[data-error-box]');
    assert.match(box, /03-bad-front-matter\.md/);
    assert.match(box, /front matter/);
    assert.match(await page.textContent('.chapter-body'), /SENTINEL-END/);
    await context.close();
  });

  it('fixtures stay out of the reader’s chapter list', async () => {
    const { page, context } = await openPage(browser(), '/en/');
    const hrefs = await page.$$eval('a', (anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(!hrefs.some((href) => href.includes('fixtures')));
    await context.close();
  });
});

describe('script injection', () => {
  it('runs no script from content: the sentinel stays unset', async () => {
    const { page, context } = await openPage(browser(), '/fixtures/script-injection/', { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelectorAll('.diagram--pending').length === 0, null, { timeout: 20_000 });
    // Click everything a reader could click, including the diagram's nodes.
    for (const element of await page.$$('.chapter-body a, .chapter-body .diagram g.node, .chapter-body div')) {
      await element.click({ timeout: 1000, noWaitAfter: true }).catch(() => {});
    }
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    const hrefs = await page.$$eval('.chapter-body [href], .chapter-body [src]', (all) =>
      all.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
    );
    assert.ok(!hrefs.some((href) => /^\s*javascript:/i.test(href)), `no javascript: URL survives: ${hrefs}`);
    assert.equal(await page.$$eval('.chapter-body script', (s) => s.length), 0);
    assert.match(await page.textContent('.chapter-body'), /SENTINEL-END/);
    await context.close();
  });
});

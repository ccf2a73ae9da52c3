// Search as a reader uses it: `/` focuses the box, the index loads only then, Chinese and English queries find the
// right sections grouped by chapter with the matches marked, Enter opens the section at its heading, and the popup
// fits a phone and passes axe-core. The queries are words found only in the tests' own reading chapter
// (tests/e2e/chapters/<locale>/92-reading-drill.md); the expected sections are read from its Markdown.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { openPage, READING_DRILL, readerChapters, useBrowser } from './support.mjs';

const browser = useBrowser();
const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const chapters = await readerChapters();

/** The chapter's title and the id of the `##`/`###` section whose text contains `phrase` (first occurrence). */
function sectionContaining(locale, slug, phrase) {
  const chapter = chapters.find((candidate) => candidate.locale === locale && candidate.slug === slug);
  const source = readFileSync(chapter.path, 'utf8');
  const title = /^title:\s*(.+)$/m.exec(source)?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, ''); // Not the front matter's summary.
  let section;
  for (const line of body.split('\n')) {
    const heading = /^#{2,3} .*\{#([a-z0-9-]+)\}\s*$/.exec(line);
    if (heading) section = heading[1];
    else if (line.includes(phrase)) return { title, section };
  }
  throw new Error(`"${phrase}" is not in ${chapter.file}: update the search test`);
}

/** Presses `/` until the search box has focus (the first presses may come before the page has hydrated). */
async function focusWithSlash(page) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await page.keyboard.press('/');
    if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox')) return;
    await page.waitForTimeout(200);
  }
  assert.fail('"/" never focused the search box');
}

/** Types a query and waits for the listbox; returns the results as { group, href, heading, marks } per option. */
async function search(page, query) {
  await page.keyboard.type(query);
  await page.waitForSelector('[role="listbox"] [role="option"]', { timeout: 30_000 });
  await page.waitForFunction((typed) => document.querySelector('[role="combobox"]')?.value === typed, query);
  return page.$$eval('[role="group"]', (groups) =>
    groups.flatMap((group) =>
      [...group.querySelectorAll('[role="option"]')].map((option) => ({
        group: document.getElementById(group.getAttribute('aria-labelledby'))?.textContent ?? '',
        href: option.dataset.href,
        heading: option.querySelector('.search__heading')?.textContent ?? '',
        marks: [...option.querySelectorAll('mark')].map((mark) => mark.textContent),
      })),
    ),
  );
}

/** The distance of the heading named in the URL's hash from the top of the viewport, once the page has settled. */
async function headingTop(page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  return page.evaluate(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))?.getBoundingClientRect().top ?? null);
}

describe('search', () => {
  it('"/" focuses the box, and only then is the index loaded', async () => {
    const { page, context, errors } = await openPage(browser(), '/zh/', { waitUntil: 'networkidle' });
    const indexRequests = [];
    page.on('request', (request) => {
      if (request.url().includes('search-index')) indexRequests.push(request.url());
    });
    await page.waitForTimeout(500);
    assert.deepEqual(indexRequests, [], 'the index is not on the critical path');
    await focusWithSlash(page);
    await page.waitForResponse((response) => response.url().includes('search-index'), { timeout: 30_000 }).catch(() => undefined);
    assert.equal(indexRequests.length, 1, 'focus loads the index once');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('"/" and Ctrl+K do not take over another text field', async () => {
    const { page, context } = await openPage(browser(), '/en/');
    await focusWithSlash(page); // Wait for hydration, then leave the box.
    await page.evaluate(() => {
      const field = Object.assign(document.createElement('input'), { id: 'other-field', type: 'text' });
      document.body.append(field);
      field.focus();
    });
    await page.keyboard.press('/');
    await page.keyboard.press('Control+k');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'other-field');
    assert.equal(await page.inputValue('#other-field'), '/');
    await page.evaluate(() => document.activeElement.blur());
    await page.keyboard.press('Control+k');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'combobox');
    await context.close();
  });

  it('珊瑚礁测绘法 finds its section on /zh/, marked, and Enter opens it at its heading', async () => {
    const expected = sectionContaining('zh', READING_DRILL, '珊瑚礁测绘法');
    const { page, context, errors } = await openPage(browser(), '/zh/');
    await focusWithSlash(page);
    const results = await search(page, '珊瑚礁测绘法');
    assert.equal(results[0].href, `/zh/${READING_DRILL}/#${expected.section}`);
    assert.equal(results[0].group, expected.title);
    assert.ok(results[0].marks.includes('珊瑚礁测绘法'), JSON.stringify(results[0]));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/zh/${READING_DRILL}/#${expected.section}`);
    const top = await headingTop(page);
    assert.ok(top !== null && top >= 0 && top < 200, `the heading is at the top, below the sticky header (top = ${top})`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a Chinese substring inside a longer word is found (礁测绘 in 珊瑚礁测绘法)', async () => {
    const expected = sectionContaining('zh', READING_DRILL, '珊瑚礁测绘法');
    const { page, context } = await openPage(browser(), '/zh/');
    await focusWithSlash(page);
    const results = await search(page, '礁测绘');
    const hit = results.find((result) => result.href === `/zh/${READING_DRILL}/#${expected.section}`);
    assert.ok(hit, JSON.stringify(results));
    assert.ok(hit.marks.includes('礁测绘'), JSON.stringify(hit));
    await context.close();
  });

  it('"lantern calibration" finds its section on /en/, grouped under its chapter, and Enter opens it', async () => {
    const expected = sectionContaining('en', READING_DRILL, 'Lantern calibration is');
    const { page, context, errors } = await openPage(browser(), '/en/');
    await focusWithSlash(page);
    const results = await search(page, 'lantern calibration');
    const [first] = results;
    assert.equal(first.href, `/en/${READING_DRILL}/#${expected.section}`);
    assert.equal(first.group, expected.title);
    assert.ok(first.marks.some((mark) => /lantern calibration/i.test(mark)), JSON.stringify(first));
    assert.ok(results.every((result, index) => index === 0 || result.group !== first.group || results[index - 1].group === first.group), 'one group per chapter');
    // Move down and back up: Enter opens the active option.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${first.href}`);
    const top = await headingTop(page);
    assert.ok(top !== null && top >= 0 && top < 200, `the heading is at the top, below the sticky header (top = ${top})`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('Escape closes the results; the popup passes axe-core on a 360 px screen in both themes', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { page, context, errors } = await openPage(browser(), `/en/${READING_DRILL}/`, { width: 360, height: 740, colorScheme });
      await focusWithSlash(page);
      await search(page, 'lantern');
      await page.addScriptTag({ path: AXE_PATH });
      const result = await page.evaluate(() => window.axe.run(document.querySelector('.search'), { resultTypes: ['violations'] }));
      assert.deepEqual(result.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`), []);
      await page.keyboard.press('Escape');
      assert.equal(await page.getAttribute('[role="combobox"]', 'aria-expanded'), 'false');
      assert.equal(await page.isVisible('.search__popup'), false);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  it('the popup stays inside the window wherever the header puts the box', async () => {
    for (const width of [320, 360, 800, 1000, 1400]) {
      const { page, context } = await openPage(browser(), '/zh/', { width, height: 800 });
      await focusWithSlash(page);
      await search(page, '珊瑚礁');
      const box = await page.$eval('.search__popup', (popup) => popup.getBoundingClientRect().toJSON());
      const viewport = await page.evaluate(() => document.documentElement.clientWidth);
      assert.ok(box.left >= 0 && box.right <= viewport, `at ${width} px the popup spans ${box.left}–${box.right} of ${viewport}`);
      assert.ok(box.width >= Math.min(300, viewport - 40), `at ${width} px the popup is ${box.width} px wide`);
      await context.close();
    }
  });
});

// Every chapter of the build in both locales opens in Chromium with no console error, typeset formulas, drawn
// diagrams and no error boxes, and axe-core finds no violation in it, widgets mounted, in the light and the dark
// theme; so do the home, review and missing pages. The home pages list the chapters in order; anchors survive a
// reload; a chapter reads with JavaScript off. Nothing here depends on what a chapter says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readTimings } from '../../scripts/timings.mjs';
import { LONG_CHAPTER } from './longChapter.mjs';
import { openPage, READING_DRILL, readerChapters, useBrowser } from './support.mjs';

const browser = useBrowser();
const chapters = await readerChapters();
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's violations on the page in the light and then the dark theme, with every widget mounted first (they
 * load near the viewport), so that their controls are checked too. The theme follows prefers-color-scheme through
 * CSS alone (src/app/styles/theme.css; widgets take their colours from its variables), so switching the emulated
 * scheme restyles the page as a fresh load in that scheme would, without loading and mounting everything twice.
 */
async function axeInBothThemes(page, path) {
  const slots = await page.$$('.widget-slot');
  for (const slot of slots) await slot.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll('.widget-slot')].every((slot) => !slot.querySelector('.widget-slot__fallback')), null, { timeout: 15_000 });
  await page.addScriptTag({ path: AXE_PATH });
  const failures = [];
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background === 'rgb(255, 255, 255)', colorScheme === 'light', `${path} is in the ${colorScheme} theme (body ${background})`);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    for (const violation of result.violations) {
      failures.push(`${path} (${colorScheme}): ${violation.id} (${violation.nodes.length}) ${violation.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
    }
  }
  return failures;
}

// Two chapters at a time: each page is its own renderer process, and axe-core keeps one core busy for seconds.
describe('chapters', { concurrency: 2 }, () => {
  // The generated very long chapter has its own test (long-chapter.test.mjs).
  for (const chapter of chapters.filter((candidate) => candidate.slug !== LONG_CHAPTER.slug)) {
    const path = `/${chapter.locale}/${chapter.slug}/`;
    it(`${chapter.locale}/${chapter.slug} renders cleanly, and axe-core finds nothing in either theme`, async () => {
      const source = readFileSync(chapter.path, 'utf8');
      const diagramsInSource = (source.match(/^```mermaid$/gm) ?? []).length;
      const mathInSource = /\$[^$\n]+\$|\$\$/.test(source);
      const { page, context, errors } = await openPage(browser(), path);
      await page.waitForFunction(() => document.querySelectorAll('.diagram--pending').length === 0, null, { timeout: 20_000 });
      const facts = await page.evaluate(() => ({
        h1: document.querySelector('h1')?.textContent ?? '',
        lang: document.documentElement.lang,
        katex: document.querySelectorAll('.chapter-body .katex').length,
        diagrams: document.querySelectorAll('.chapter-body .diagram svg').length,
        errorBoxes: [...document.querySelectorAll('[data-error-box]')].map((box) => box.textContent),
        outline: document.querySelectorAll('.outline a').length,
      }));
      assert.ok(facts.h1.length > 0, 'has a title');
      assert.equal(facts.lang, chapter.locale === 'zh' ? 'zh-CN' : 'en');
      if (mathInSource) assert.ok(facts.katex > 0, 'KaTeX typeset the formulas');
      assert.ok(facts.diagrams >= diagramsInSource, `all ${diagramsInSource} diagrams drawn (found ${facts.diagrams})`);
      assert.deepEqual(facts.errorBoxes, [], 'no error boxes in a reader chapter');
      assert.ok(facts.outline > 0, 'has an outline');
      assert.deepEqual(await axeInBothThemes(page, path), []);
      assert.deepEqual(errors, [], 'no console errors');
      await context.close();
    });
  }

  it('axe-core finds nothing on the home, review and missing pages, in either theme', async () => {
    const failures = [];
    for (const path of ['/en/', '/zh/', '/en/review/', '/zh/review/', '/zh/no-such-page/']) {
      const { page, context } = await openPage(browser(), path);
      failures.push(...(await axeInBothThemes(page, path)));
      await context.close();
    }
    assert.deepEqual(failures, []);
  });

  it('the build compiled each chapter and fixture page once, for both its bundles', async () => {
    const fixturePages = await readerChapters(['src/markdown/fixtures/pages']);
    const { chapters: compiled } = readTimings(join(import.meta.dirname, '..', '..'))['e2e build'] ?? {};
    assert.equal(compiled?.compiled, chapters.length + fixturePages.length, JSON.stringify(compiled));
  });

  it('home pages list every chapter in order, with summaries', async () => {
    for (const locale of ['zh', 'en']) {
      const { page, errors } = await openPage(browser(), `/${locale}/`);
      const links = await page.$$eval('.chapter-list__link', (anchors) => anchors.map((a) => a.getAttribute('href')));
      const expected = chapters.filter((c) => c.locale === locale).map((c) => `/${locale}/${c.slug}/`);
      assert.deepEqual(links, expected);
      const summaries = await page.$$eval('.chapter-list__summary', (ps) => ps.map((p) => p.textContent?.trim() ?? ''));
      assert.equal(summaries.filter(Boolean).length, expected.length);
      assert.deepEqual(errors, []);
      await page.context().close();
    }
  });

  it('a heading anchor is shareable and survives a reload', async () => {
    const { page } = await openPage(browser(), `/en/${READING_DRILL}/`);
    const anchor = await page.$eval('.chapter-body h2[id]:nth-of-type(2)', (h) => h.id).catch(async () =>
      page.$eval('.chapter-body h2[id]', (h) => h.id),
    );
    await page.click(`.chapter-body h2#${anchor} .heading-anchor`);
    assert.ok(page.url().endsWith(`#${anchor}`));
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(200);
    const top = await page.$eval(`#${anchor}`, (h) => h.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 200, `the section is at the top, below the sticky header, after reload (top = ${top})`);
    await page.context().close();
  });

  it('previous and next links chain the chapters', async () => {
    const en = chapters.filter((c) => c.locale === 'en');
    const { page } = await openPage(browser(), `/en/${en[1].slug}/`);
    assert.equal(await page.getAttribute('a[rel="prev"]', 'href'), `/en/${en[0].slug}/`);
    assert.equal(await page.getAttribute('a[rel="next"]', 'href'), `/en/${en[2].slug}/`);
    await page.context().close();
  });

  it('a chapter reads with JavaScript disabled: text, formulas and outline are in the page', async () => {
    for (const locale of ['zh', 'en']) {
      const { page, context } = await openPage(browser(), `/${locale}/${READING_DRILL}/`, { javaScriptEnabled: false });
      const facts = await page.evaluate(() => ({
        h1: document.querySelector('h1')?.textContent ?? '',
        katex: document.querySelectorAll('.katex').length,
        paragraphs: document.querySelectorAll('.chapter-body p').length,
        outline: document.querySelectorAll('.outline a').length,
      }));
      assert.ok(facts.h1.length > 0 && facts.katex > 10 && facts.paragraphs > 10 && facts.outline > 3, JSON.stringify(facts));
      await context.close();
    }
  });
});

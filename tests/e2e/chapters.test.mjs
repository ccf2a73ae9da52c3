// Every chapter in both locales opens in Chromium with no console error, typeset formulas, drawn diagrams and no
// error boxes; the home pages list the chapters in order; anchors survive a reload.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { openPage, readerChapters, useBrowser } from './support.mjs';

const browser = useBrowser();
const chapters = readerChapters();

describe('chapters', () => {
  for (const chapter of chapters) {
    it(`${chapter.locale}/${chapter.slug} renders cleanly`, async () => {
      const source = readFileSync(chapter.file, 'utf8');
      const diagramsInSource = (source.match(/^```mermaid$/gm) ?? []).length;
      const mathInSource = /\$[^$\n]+\$|\$\$/.test(source);
      const { page, errors } = await openPage(browser(), `/${chapter.locale}/${chapter.slug}/`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => document.querySelectorAll('.diagram--pending').length === 0, null, { timeout: 20_000 });
      const facts = await page.evaluate(() => ({
        h1: document.querySelector('h1')?.textContent ?? '',
        lang: document.documentElement.lang,
        katex: document.querySelectorAll('.chapter-body .katex').length,
        diagrams: document.querySelectorAll('.chapter-body .diagram svg').length,
        errorBoxes: [...document.querySelectorAll('[data-error-box]')].map((box) => box.textContent),
        outline: document.querySelectorAll('.outline a').length,
      }));
      assert.deepEqual(errors, [], 'no console errors');
      assert.ok(facts.h1.length > 0, 'has a title');
      assert.equal(facts.lang, chapter.locale === 'zh' ? 'zh-CN' : 'en');
      if (mathInSource) assert.ok(facts.katex > 0, 'KaTeX typeset the formulas');
      assert.ok(facts.diagrams >= diagramsInSource, `all ${diagramsInSource} diagrams drawn (found ${facts.diagrams})`);
      assert.deepEqual(facts.errorBoxes, [], 'no error boxes in a reader chapter');
      assert.ok(facts.outline > 0, 'has an outline');
      await page.context().close();
    });
  }

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
    const first = chapters.find((c) => c.locale === 'en');
    const { page } = await openPage(browser(), `/en/${first.slug}/`);
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
      const { page, context } = await openPage(browser(), `/${locale}/gelu/`, { javaScriptEnabled: false });
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

// Reader comfort in Chromium: language switch keeps the section, remembered choices, theme without a flash, resume
// reading, print, offline, long chapters rendered near the screen only, and formulas a screen reader gets without the
// browser rendering their hidden MathML copies. The pages are the tests' own chapters (tests/e2e/chapters) and
// fixture pages; axe-core over every chapter is in chapters.test.mjs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { launchChromium } from './browser.mjs';
import { BASE_URL, openPage, QUIZ_DRILL, READING_DRILL, useBrowser } from './support.mjs';

const browser = useBrowser();
/** Resolves after the page's next two frames: observers report after a layout, so one frame may not be enough. */
const twoFrames = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

describe('language', () => {
  it('switching language keeps the reader at the same section', async () => {
    const { page, context } = await openPage(browser(), `/en/${READING_DRILL}/`);
    const target = await page.$$eval('.chapter-body h2[id]', (hs) => hs[2].id);
    await page.click(`.outline a[href="#${target}"]`);
    await page.waitForTimeout(100);
    await page.click('.site-tools a[hreflang="zh"]');
    await page.waitForURL(new RegExp(`/zh/${READING_DRILL}/`));
    assert.ok(page.url().endsWith(`#${target}`), page.url());
    await page.waitForTimeout(200);
    const top = await page.$eval(`#${target}`, (h) => h.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 200, `the zh page opens at the same section, below the sticky header (top = ${top})`);
    // The choice is remembered: the landing page now sends this reader to Chinese.
    await page.goto(new URL('/', BASE_URL).href);
    await page.waitForURL(/\/zh\/$/);
    await context.close();
  });

  it('the landing page follows the browser language when there is no choice yet', async () => {
    for (const [browserLocale, expected] of [['zh-CN', /\/zh\/$/], ['en-US', /\/en\/$/]]) {
      const context = await browser().newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto(new URL('/', BASE_URL).href);
      await page.waitForURL(expected);
      await context.close();
    }
  });
});

describe('jumps to a section', () => {
  // The blocks around a heading are laid out only once they near the screen, at heights other than their estimates;
  // the short sections of this chapter once moved the heading up to 400 px above the screen after the jump
  // (src/app/holdLinkedHeading.ts).
  it('a link with an #anchor, and the outline, land on the heading, below the sticky header, and it stays there', async () => {
    const { page, context } = await openPage(browser(), `/zh/${READING_DRILL}/#blocks`);
    const top = (id) => page.evaluate((target) => document.getElementById(target).getBoundingClientRect().top, id);
    await page.waitForTimeout(600);
    const landed = { blocks: await top('blocks') };
    for (const id of ['diagram', 'many-formulas', 'calibration']) {
      await page.click(`.outline a[href="#${id}"]`);
      await page.waitForTimeout(600);
      landed[id] = await top(id);
    }
    for (const [id, at] of Object.entries(landed)) assert.ok(at >= 0 && at < 200, `#${id} is at ${at} px: ${JSON.stringify(landed)}`);
    await context.close();
  });
});

describe('theme', () => {
  it('dark mode shows no flash of the light theme on load', async () => {
    const { page, context } = await openPage(browser(), '/en/');
    await page.selectOption('.theme-select select', 'dark');
    // The theme must be applied before first paint: check the background in the very first frame of a reload.
    await page.addInitScript(() => {
      const seen = [];
      window.__backgrounds = seen;
      // The first animation frame is the first paint: record the body's background then, and at each ready state.
      const record = () => document.body && seen.push(getComputedStyle(document.body).backgroundColor);
      requestAnimationFrame(record);
      document.addEventListener('readystatechange', record);
    });
    await page.reload();
    const backgrounds = await page.evaluate(() => window.__backgrounds);
    assert.ok(backgrounds.length > 0);
    assert.ok(!backgrounds.includes('rgb(255, 255, 255)'), `never white: ${backgrounds}`);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    // The select shows the stored choice although its island has not hydrated (nothing has touched it).
    assert.equal(await page.inputValue('.theme-select select'), 'dark');
    assert.deepEqual(await hydratedIslands(page), []);
    await context.close();
  });
});

/** The islands React has hydrated (their container carries React's root marker). */
function hydratedIslands(page) {
  return page.$$eval('[data-island]', (islands) =>
    islands.filter((island) => Object.keys(island).some((key) => key.startsWith('__reactContainer'))).map((island) => island.dataset.island),
  );
}

describe('first visit', () => {
  it('a chapter runs no island until the reader reaches for one; the search box keeps what was typed meanwhile', async () => {
    const { page, context, errors } = await openPage(browser(), `/en/${READING_DRILL}/`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    assert.deepEqual(await hydratedIslands(page), [], 'nothing hydrates on its own for a reader without saved progress');
    await page.click('.search__input');
    await page.keyboard.type('lantern calibration');
    await page.waitForSelector('[role="listbox"] [role="option"]', { timeout: 30_000 });
    assert.equal(await page.inputValue('.search__input'), 'lantern calibration');
    assert.deepEqual(await hydratedIslands(page), ['search']);
    await page.selectOption('.theme-select select', 'dark');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('resume reading', () => {
  it('the home page offers to continue at the chapter and section last read, and shows how much was read', async () => {
    const { page, context } = await openPage(browser(), `/en/${READING_DRILL}/`);
    const section = await page.$$eval('.chapter-body h2[id]', (hs) => hs[3].id);
    await page.click(`.outline a[href="#${section}"]`);
    await page.waitForTimeout(1500);
    await page.goto(new URL('/en/', BASE_URL).href);
    const link = page.getByTestId('continue-reading');
    // The section recorded is the heading nearest the top of the screen: the one scrolled to, or one just above it.
    const ids = await page.evaluate(async (slug) => {
      const html = await (await fetch(`/en/${slug}/`)).text();
      return [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('.chapter-body [id]')].map((h) => h.id);
    }, READING_DRILL);
    const href = await link.getAttribute('href');
    const recorded = new RegExp(`^/en/${READING_DRILL}/#(.+)$`).exec(href)?.[1];
    assert.ok(recorded && Math.abs(ids.indexOf(recorded) - ids.indexOf(section)) <= 3, `${href} near #${section}`);
    assert.match(await page.getByTestId(`read-share-${READING_DRILL}`).textContent(), /\d+% read/);
    await context.close();
  });
});

describe('folded navigation', () => {
  // Which outline link and chapter link a reader can see, and where the chapter's first paragraph starts.
  const shown = (page) =>
    page.evaluate(() => ({
      outline: document.querySelector('.outline a').checkVisibility(),
      chapters: document.querySelector('.chapter-nav a').checkVisibility(),
      textTop: document.querySelector('.chapter-body > p').getBoundingClientRect().top,
    }));

  it('on a phone the chapter list and the outline are folded, so the first screen shows the chapter; a tap opens each', async () => {
    const { page, context } = await openPage(browser(), `/zh/${READING_DRILL}/`, { width: 390, height: 844, javaScriptEnabled: false });
    const folded = await shown(page);
    assert.equal(folded.outline, false, 'outline folded');
    assert.equal(folded.chapters, false, 'chapter list folded');
    assert.ok(folded.textTop < 844, `the first paragraph starts on the first screen (at ${folded.textTop} px)`);
    await page.click('.outline summary');
    await page.click('.chapter-nav summary');
    const opened = await shown(page);
    assert.equal(opened.outline, true, 'outline opens');
    assert.equal(opened.chapters, true, 'chapter list opens');
    await context.close();
  });

  it('on a wide screen both stay open beside the text', async () => {
    const { page, context } = await openPage(browser(), `/en/${READING_DRILL}/`, { width: 1280, height: 900 });
    const open = await shown(page);
    assert.equal(open.outline, true, 'outline shown');
    assert.equal(open.chapters, true, 'chapter list shown');
    await context.close();
  });
});

describe('print', () => {
  it('print media hides the navigation and keeps formulas', async () => {
    const { page, context } = await openPage(browser(), `/en/${READING_DRILL}/`);
    await page.emulateMedia({ media: 'print' });
    const visible = await page.evaluate(() =>
      ['.site-header', '.chapter-nav', '.outline', '.prev-next'].map((s) => getComputedStyle(document.querySelector(s)).display),
    );
    assert.deepEqual(visible, ['none', 'none', 'none', 'none']);
    assert.ok(await page.$eval('.katex', (k) => k.getBoundingClientRect().width > 0));
    // On screen, sections and paragraphs far below are rendered only when the reader nears them; on paper, all are.
    const skipped = await page.evaluate(() =>
      [...document.querySelectorAll('.chapter-body .katex-html:not(.widget-slot *)')].filter((formula) => !formula.checkVisibility({ contentVisibilityAuto: true })).length,
    );
    assert.equal(skipped, 0, 'every formula is laid out for print');
    await context.close();
  });
});

describe('offline', () => {
  it('after the first visit a chapter reloads without a network', async () => {
    const { page, context } = await openPage(browser(), `/en/${READING_DRILL}/`, { serviceWorkers: 'allow' });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Wait until the service worker controls the page (first visit: after activation and claim).
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    await context.setOffline(true);
    await page.goto(new URL(`/zh/${QUIZ_DRILL}/`, BASE_URL).href);
    assert.ok((await page.$$('.chapter-body .katex')).length > 0, 'an unvisited chapter opens offline too, formulas included');
    // Its quizzes too: their questions live in the page's widget-props.json, which the service worker has as well.
    const quiz = page.locator('.widget-slot[data-widget="quiz"][data-props-src]').first();
    await quiz.evaluate((slot) => slot.closest('.chapter-section')?.scrollIntoView());
    await quiz.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => {
        const slot = document.querySelector('.widget-slot[data-widget="quiz"][data-props-src]');
        return slot && !slot.querySelector('.widget-slot__fallback') && slot.querySelector('button');
      },
      null,
      { timeout: 20_000 },
    );
    assert.equal(await quiz.locator('[data-error-box]').count(), 0);
    await page.reload();
    assert.ok((await page.textContent('h1')).length > 0);
    await context.close();
  });
});

describe('a missing page', () => {
  it('answers 404 and says so in both languages, each with a link to its chapter list', async () => {
    const { page, context, errors } = await openPage(browser(), '/zh/no-such-page/');
    const response = await page.request.get(new URL('/zh/no-such-page/', page.url()).href);
    assert.equal(response.status(), 404);
    assert.equal(await page.textContent('h1'), 'Page not found');
    assert.equal(await page.textContent('.not-found section[lang="zh"] h2'), '找不到这一页');
    assert.deepEqual(await page.$$eval('.not-found a', (links) => links.map((link) => link.getAttribute('href'))), ['/en/', '/zh/']);
    assert.match(await page.title(), /^Page not found · /);
    // The one error is the page's own 404 status: no script, style or asset of the page is missing.
    assert.deepEqual(errors, ['Failed to load resource: the server responded with a status of 404 (Not Found)']);
    await context.close();
  });
});

describe('long chapters', () => {
  it('render sections near the screen only, and every region that overflows becomes a named tab stop once shown', async () => {
    const { page, context, errors } = await openPage(browser(), `/en/${READING_DRILL}/`, { width: 360, height: 740 });
    // The last section starts out unrendered (content-visibility: auto) and marked so.
    await page.waitForFunction(() => [...document.querySelectorAll('.chapter-section')].at(-1)?.hasAttribute('data-skipped'));
    // The chapter's own display formulas (widgets, quizzes included, render their own).
    const formulas = page.locator('.chapter-body .katex-display:not(.widget-slot *)');
    const total = await formulas.count();
    assert.ok(total >= 10, `the chapter has many display formulas (${total})`);
    const overflowing = [];
    for (let index = 0; index < total; index += 1) {
      const formula = formulas.nth(index);
      await formula.scrollIntoViewIfNeeded();
      await page.waitForFunction((i) => !document.querySelectorAll('.chapter-body .katex-display:not(.widget-slot *)')[i].closest('[data-skipped]'), index);
      // The observer reports after the next layout: give it two frames.
      await twoFrames(page);
      const state = await formula.evaluate((element) => ({
        overflows: element.scrollWidth > element.clientWidth + 1,
        tabindex: element.getAttribute('tabindex'),
        role: element.getAttribute('role'),
        label: element.getAttribute('aria-label'),
      }));
      if (state.overflows) {
        overflowing.push(index);
        assert.deepEqual(state, { overflows: true, tabindex: '0', role: 'region', label: `Formula ${index + 1}` }, `formula ${index + 1}`);
      } else {
        assert.deepEqual(state, { overflows: false, tabindex: null, role: null, label: null }, `formula ${index + 1}`);
      }
    }
    assert.ok(overflowing.length > 0, 'on a 360 px screen some formulas of the chapter are wider than the column');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('lay out a paragraph only once its section reaches the screen, and every one on screen', async () => {
    const { page, context, errors } = await openPage(browser(), `/zh/${READING_DRILL}/`, { width: 412, height: 823 });
    // Per paragraph of the first section: is it laid out, is it on screen?
    const paragraphs = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.chapter-section:first-of-type > p')].map((block) => {
          const box = block.getBoundingClientRect();
          return { rendered: block.querySelector('.katex-html').checkVisibility({ contentVisibilityAuto: true }), onScreen: box.bottom > 0 && box.top < innerHeight };
        }),
      );
    // At load the first section starts below the first screen: its heading is rendered, its paragraphs are not.
    assert.equal(await page.locator('.chapter-section:first-of-type > h2').evaluate((heading) => heading.checkVisibility({ contentVisibilityAuto: true })), true);
    const atLoad = await paragraphs();
    assert.ok(atLoad.length >= 4, `the first section has paragraphs with formulas (${atLoad.length})`);
    assert.deepEqual(atLoad.filter((block) => block.rendered), [], 'no paragraph of the first section is laid out at load');
    for (const which of ['first', 'last']) {
      await page.locator('.chapter-section:first-of-type > p')[which]().scrollIntoViewIfNeeded();
      await twoFrames(page);
      const shown = (await paragraphs()).filter((block) => block.onScreen);
      assert.ok(shown.length > 0 && shown.every((block) => block.rendered), `with the ${which} paragraph in view, every paragraph on screen is laid out`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('contain the blocks they defer without moving anything', async () => {
    for (const path of [`/en/${READING_DRILL}/`, `/zh/${READING_DRILL}/`]) {
      const { page, context } = await openPage(browser(), path, { width: 412, height: 823 });
      // The blocks this stylesheet defers within a section (not the sections, nor the formulas' MathML copies).
      const deferred = await page.evaluate(() => {
        const blocks = [...document.querySelectorAll('.chapter-section > *')].filter((block) => getComputedStyle(block).contentVisibility === 'auto');
        blocks.forEach((block) => block.setAttribute('data-test-deferred', ''));
        return { blocks: blocks.length, lists: blocks.filter((block) => block.matches('ul, ol')).length };
      });
      assert.ok(deferred.blocks > 20 && deferred.lists > 0, `${path}: paragraphs and lists are deferred (${JSON.stringify(deferred)})`);
      // Everything shown, first without containment, then with what content-visibility: auto applies to a shown block.
      await page.addStyleTag({ content: '.chapter-section, .footnotes, [data-test-deferred] { content-visibility: visible !important; }' });
      const boxes = () =>
        page.evaluate(async () => {
          // Laying out what was deferred asks for the KaTeX fonts it uses: measure once they are in.
          document.body.getBoundingClientRect();
          await document.fonts.ready;
          return [...document.querySelectorAll('.chapter-body *:not(.katex *, .widget-slot *, svg *)')].map((element) => {
            const box = element.getBoundingClientRect();
            return `${element.tagName} ${box.top.toFixed(1)} ${box.height.toFixed(1)}`;
          });
        });
      const free = await boxes();
      await page.addStyleTag({ content: '[data-test-deferred] { contain: layout paint style; }' });
      const contained = await boxes();
      const moved = free.findIndex((box, index) => box !== contained[index]);
      assert.equal(moved, -1, `${path}: element ${moved} moved from ${free[moved]} to ${contained[moved]}`);
      await context.close();
    }
  });
});

describe('formulas for screen readers', () => {
  it('the hidden MathML copy of each formula is not rendered, yet a screen reader gets every one', async () => {
    // As with a screen reader attached: Chromium then builds the accessibility tree of content it does not render.
    const reader = await launchChromium(['--force-renderer-accessibility']);
    try {
      const { page, context, errors } = await openPage(reader, `/en/${READING_DRILL}/`, { width: 412, height: 823 });
      // The first section on screen, so that its formulas are rendered.
      await page.locator('.chapter-section').first().scrollIntoViewIfNeeded();
      await twoFrames(page);
      const dom = await page.evaluate(() => {
        const copies = [...document.querySelectorAll('.katex-mathml:not([aria-hidden]) math')];
        return {
          copies: copies.length,
          shownFormulas: [...document.querySelectorAll('.katex-html')].filter((html) => html.checkVisibility({ contentVisibilityAuto: true })).length,
          renderedCopies: copies.filter((math) => math.checkVisibility({ contentVisibilityAuto: true })).length,
        };
      });
      assert.ok(dom.shownFormulas > 5, `formulas of the first section are rendered (${dom.shownFormulas})`);
      assert.equal(dom.renderedCopies, 0, 'no MathML copy is laid out');
      const cdp = await context.newCDPSession(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const exposed = nodes.filter((node) => node.role?.value === 'MathMLMath' && !node.ignored);
      assert.equal(exposed.length, dom.copies, 'every MathML copy is in the accessibility tree');
      assert.ok(dom.copies > 100, `the chapter has many formulas (${dom.copies})`);
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await reader.close();
    }
  });

  it('a lab typesets its formula anew as the probe moves, and the new copy is not rendered either, yet is read', async () => {
    const reader = await launchChromium(['--force-renderer-accessibility']);
    try {
      const { page, context, errors } = await openPage(reader, '/fixtures/gelu-lab/', { width: 412, height: 823 });
      await page.locator('.widget-slot[data-widget="gelu-lab"]').scrollIntoViewIfNeeded();
      const field = page.getByTestId('probe-input');
      await field.scrollIntoViewIfNeeded();
      await field.fill('-0.5');
      await field.press('Enter');
      // GeLU(-0.5) = -0.5 · Φ(-0.5) = -0.154269 (src/math/reference/gelu.json); the formula follows the readouts a
      // moment later.
      const formula = page.getByTestId('probe-formula');
      await formula.locator('annotation', { hasText: '0.154269' }).first().waitFor({ state: 'attached' });
      const dom = await formula.evaluate((element) => ({
        copies: element.querySelectorAll('.katex-mathml math').length,
        renderedCopies: [...element.querySelectorAll('.katex-mathml math')].filter((math) => math.checkVisibility({ contentVisibilityAuto: true })).length,
        shown: [...element.querySelectorAll('.katex-html')].filter((html) => html.checkVisibility({ contentVisibilityAuto: true })).length,
      }));
      assert.deepEqual(dom, { copies: 2, renderedCopies: 0, shown: 2 });
      const cdp = await context.newCDPSession(page);
      const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector('[data-testid="probe-formula"] .katex-mathml math')` });
      const { nodes: [math] } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
      assert.equal(`${math.role.value} ignored=${math.ignored}`, 'MathMLMath ignored=false');
      const { nodes: numbers } = await cdp.send('Accessibility.queryAXTree', { objectId: result.objectId, accessibleName: '0.154269' });
      assert.equal(numbers.filter((node) => !node.ignored).length, 1, 'the new value is in the accessibility tree');
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await reader.close();
    }
  });
});

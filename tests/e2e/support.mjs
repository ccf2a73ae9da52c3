// Shared pieces of the browser tests: the notebook's address, the chapters of the build under test, one Chromium per
// test file, pages that record errors.
//
// The build under test (tests/e2e/run.mjs) holds the reader's chapters and, beside them, the tests' own: the chapters
// in tests/e2e/chapters (quizzes, reading, search) and a generated very long chapter. Tests that need particular text
// or questions use those, or the fixture pages (src/markdown/fixtures/pages, served at /fixtures/<slug>/), so that
// editing a real chapter never breaks a browser test; the real chapters are checked as a whole (chapters.test.mjs).
import { after, before } from 'node:test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSource } from '../../scripts/importSource.mjs';
import { launchChromium } from './browser.mjs';
import { BUILD_LOG_FILE, buildFolders } from './buildUnderTest.mjs';

export { DIST } from './buildUnderTest.mjs';

/** Where tests/e2e/run.mjs serves the production build. */
export const BASE_URL = process.env.NOTEBOOK_URL ?? 'http://127.0.0.1:4173';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The tests' own chapters (slugs), in tests/e2e/chapters/<locale>/. */
export const QUIZ_DRILL = 'quiz-drill';
export const READING_DRILL = 'reading-drill';

/**
 * Every reader chapter of the build under test (src/content/listChapters.ts): [{ locale, order, slug, file, path }].
 * `folders` narrows it, e.g. ['content'] for the reader's own chapters.
 */
export async function readerChapters(folders = buildFolders()) {
  const { listChapters } = await importSource(root, 'src/content/listChapters.ts');
  return listChapters(root, folders);
}

/** The text of the build's log (what `npm run build` printed for the build under test). */
export function buildLog() {
  return readFileSync(BUILD_LOG_FILE, 'utf8');
}

/** Opens one browser for the file's tests; returns a getter for it. */
export function useBrowser() {
  let browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}

/**
 * A page in a new browser context (its own storage), recording console errors and uncaught exceptions.
 * Returns { page, context, errors }; closing the context closes the page.
 */
export async function openPage(
  browser,
  path,
  {
    width = 1280,
    height = 900,
    colorScheme = 'light',
    waitUntil = 'load',
    javaScriptEnabled = true,
    serviceWorkers = 'block',
    context,
  } = {},
) {
  // Service workers are blocked unless a test is about them: precaching every page would slow each test down.
  context ??= await browser.newContext({ viewport: { width, height }, colorScheme, javaScriptEnabled, serviceWorkers });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(path, BASE_URL).href, { waitUntil });
  return { page, context, errors };
}

// Shared pieces of the browser tests: the notebook's address, one Chromium per test file, pages that record errors.
import { after, before } from 'node:test';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';

/** Where tests/e2e/run.mjs serves the production build. */
export const BASE_URL = process.env.NOTEBOOK_URL ?? 'http://127.0.0.1:4173';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every reader chapter, from the content folder itself: [{ locale, slug, file }]. */
export function readerChapters() {
  const chapters = [];
  for (const locale of ['zh', 'en']) {
    for (const name of readdirSync(join(root, 'content', locale)).sort()) {
      const match = /^(\d{2})-([a-z0-9-]+)\.md$/.exec(name);
      if (match) chapters.push({ locale, slug: match[2], file: join(root, 'content', locale, name) });
    }
  }
  return chapters;
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

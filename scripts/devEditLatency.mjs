#!/usr/bin/env node
// How long an edited chapter takes to show in `npm start`: starts the dev server on a copy of the chapters, opens a
// chapter in Chromium, appends a paragraph to its Markdown several times and times each one from the file write to
// the moment the paragraph is in the page (a MutationObserver in the page notes the instant). Checks that every edit
// arrived by hot replacement (the page was never reloaded). Prints the times and records them in
// node_modules/.tmp/timings.json under "dev".
//   node scripts/devEditLatency.mjs [--chapter en/04-gelu.md] [--edits 7]
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/browser.mjs';
import { recordTimings } from './timings.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const chapter = option('chapter', 'en/04-gelu.md');
const edits = Number(option('edits', '7'));
const slug = /\d{2}-([a-z0-9-]+)\.md$/.exec(chapter)?.[1];
if (!slug) throw new Error(`--chapter must name <locale>/NN-slug.md, got ${chapter}`);

// A copy of the chapters, so that the edits never touch content/ (vite.config.ts reads NOTEBOOK_CONTENT). Not under
// node_modules, which the dev server does not watch.
const copy = mkdtempSync(join(tmpdir(), 'notebook-dev-edit-'));
for (const locale of ['zh', 'en']) cpSync(join(root, 'content', locale), join(copy, locale), { recursive: true });
process.env.NOTEBOOK_CONTENT = copy;

const { createServer } = await import('vite');
const server = await createServer({ root, logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false } });
await server.listen();
const address = server.httpServer.address();
const browser = await launchChromium();
const samples = [];
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${address.port}/${chapter.split('/')[0]}/${slug}/`);
  await page.locator('.chapter-body h2').first().waitFor({ timeout: 60_000 });
  await page.evaluate(() => {
    window.notReloaded = true;
    window.markerSeen = {};
    new MutationObserver(() => {
      for (const match of document.querySelector('.chapter-body')?.textContent.matchAll(/EDIT-MARKER-(\d+)/g) ?? []) {
        window.markerSeen[match[1]] ??= performance.timeOrigin + performance.now();
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  for (let edit = 1; edit <= edits; edit += 1) {
    const written = Date.now();
    appendFileSync(join(copy, chapter), `\nEDIT-MARKER-${edit} appended by scripts/devEditLatency.mjs.\n`);
    await page.waitForFunction((key) => window.markerSeen[key] !== undefined, String(edit), { timeout: 30_000 });
    samples.push((await page.evaluate((key) => window.markerSeen[key], String(edit))) - written);
    await page.waitForTimeout(300); // let the watcher settle, so edits do not overlap
  }
  if (!(await page.evaluate(() => window.notReloaded))) throw new Error('the page reloaded: edits did not arrive by hot replacement');
} finally {
  await browser.close();
  await server.close();
  rmSync(copy, { recursive: true, force: true });
}
const sorted = [...samples].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`${chapter}: edit to screen ${samples.map((ms) => Math.round(ms)).join(', ')} ms; median ${Math.round(median)} ms, max ${Math.round(sorted.at(-1))} ms (by hot replacement, no reload)`);
recordTimings(root, 'dev', { chapter, editToScreenMs: samples.map(Math.round), medianMs: Math.round(median) });

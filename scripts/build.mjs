#!/usr/bin/env node
// Builds the notebook: the browser bundle, a server bundle of the same app, then one static HTML page per route
// (prerendered), so every chapter's text and formulas are there before any JavaScript runs.
//
//   node scripts/build.mjs            → dist/
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

process.env.NODE_ENV = 'production'; // React's production build, even when called from a test runner.
const { build } = await import('vite');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const serverOut = join(root, 'node_modules', '.tmp', 'dist-ssr');
const started = performance.now();

rmSync(dist, { recursive: true, force: true });
await build({ root, logLevel: 'warn', mode: 'production' });
await build({
  root,
  logLevel: 'warn',
  mode: 'production',
  build: { ssr: 'src/app/entry-server.tsx', outDir: serverOut, emptyOutDir: true },
});

const template = readFileSync(join(dist, 'index.html'), 'utf8');
const server = await import(pathToFileURL(join(serverOut, 'entry-server.js')).href);

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

// The landing page sends readers to their language: the one they chose before, else the browser's.
const LANDING_REDIRECT =
  "<script>try{var l=localStorage.getItem('notebook.locale');if(l!=='zh'&&l!=='en')l=/^zh\\b/i.test(navigator.language)?'zh':'en';location.replace('/'+l+'/'+location.search+location.hash)}catch(e){}</script>";

let pages = 0;
let problems = 0;
for (const route of server.listRoutes()) {
  const page = server.render(server.routePath(route));
  const head = [
    `<title>${escapeHtml(page.title)}</title>`,
    `<meta name="description" content="${escapeHtml(page.description)}" />`,
    route.kind === 'fixture' ? '<meta name="robots" content="noindex" />' : '',
    route.kind === 'landing' ? LANDING_REDIRECT : '',
  ].join('\n    ');
  const data = `<script type="application/json" id="page-data">${server.serialisePageData(page.data)}</script>`;
  const html = template
    .replace('<html lang="en">', `<html lang="${page.lang}">`)
    .replace('<!--app-head-->', head)
    .replace('<!--app-html-->', page.html)
    .replace('<!--app-data-->', data);
  const file = join(dist, page.path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  pages += 1;
  if (route.kind === 'chapter') {
    for (const problem of page.problems) {
      problems += 1;
      console.warn(`content problem: ${problem.file}:${problem.line ?? '?'} ${problem.kind}: ${problem.message}`);
    }
  }
}
const notFound = server.render('/en/this-page-does-not-exist/');
writeFileSync(
  join(dist, '404.html'),
  template
    .replace('<!--app-head-->', `<title>${escapeHtml(notFound.title)}</title>`)
    .replace('<!--app-html-->', notFound.html)
    .replace('<!--app-data-->', `<script type="application/json" id="page-data">${server.serialisePageData(notFound.data)}</script>`),
);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`built ${pages} pages in ${seconds} s${problems ? `, ${problems} content problems (see above)` : ''}`);

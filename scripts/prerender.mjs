// Writes one static HTML page per route: renders every route with the app's server bundle (the same React tree the
// browser hydrates, built just before the client bundle) and fills the client build's index.html template. Called by
// the Vite build itself (scripts/vite/notebookPrerender.ts) after the client bundle is written and before the service
// worker is generated, so the service worker precaches the pages too.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlToWrite } from './asciiHtml.mjs';
import { characterSet, renameFontReferences, subsetKatexFonts } from './katexFontSubset.mjs';

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

// The landing page sends readers to their language: the one they chose before, else the browser's. Its storage key is
// LOCALE_STORAGE_KEY of src/storage/storageKeys.ts (src/storage/storageKeys.test.ts runs this script to check).
export const LANDING_REDIRECT =
  "<script>try{var l=localStorage.getItem('notebook.locale');if(l!=='zh'&&l!=='en')l=/^zh\\b/i.test(navigator.language)?'zh':'en';location.replace('/'+l+'/'+location.search+location.hash)}catch(e){}</script>";

const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="(\/assets\/[^"]+\.css)">/g;

/**
 * Puts the page's stylesheet into the page itself. A linked stylesheet blocks the first paint for one more request,
 * which on a phone network is a round trip of 150 ms or more; inlined, its 11 KB (gzip) arrive with the HTML. The
 * file stays in the build for anything that links it. Widget styles are not in it: they load with their widget.
 */
export function inlineStylesheets(html, dist) {
  return html.replace(STYLESHEET_LINK, (_link, href) => {
    const css = readFileSync(join(dist, href), 'utf8');
    if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style", which would end an inline stylesheet early`);
    return `<style>${css}</style>`;
  });
}

/** Widget props longer than this (as escaped in the attribute) move out of the page into its widget-props.json. */
export const INLINE_PROPS_LIMIT = 1024;

/** The file beside each page that holds its widgets' larger props. */
export const WIDGET_PROPS_FILE = 'widget-props.json';

/** React's escaping of attribute values, undone. */
function unescapeAttribute(text) {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/**
 * Moves every widget's `data-props` longer than `limit` out of the page: the slot gets `data-props-src="<url>#<n>"`
 * instead, and `props[n]` holds the value. A chapter's quiz slots carry every question, answer and explanation (4–7
 * KB gzip per chapter), which the reader's browser needs only when a quiz nears the screen, not before the first
 * paint. `url` is the page's own path plus WIDGET_PROPS_FILE. Returns the page and the props to write there.
 */
export function externaliseWidgetProps(html, url, limit = INLINE_PROPS_LIMIT) {
  const props = [];
  const page = html.replace(/ data-props="([^"]*)"/g, (attribute, escaped) => {
    if (escaped.length <= limit) return attribute;
    props.push(JSON.parse(unescapeAttribute(escaped)));
    return ` data-props-src="${url}#${props.length - 1}"`;
  });
  return { html: page, props };
}

/**
 * Renders every route into `dist` with the server bundle `serverEntry` (each page's large widget props into its
 * widget-props.json), and cuts KaTeX's fonts down to the characters the pages use. Returns the number of pages, of
 * content problems in reader chapters (each already reported when its chapter was compiled), every file written as
 * [path under dist, bytes], the fonts' count and bytes before and after, and the milliseconds spent rendering and on
 * the fonts.
 */
export async function prerender({ dist, serverEntry }) {
  const started = performance.now();
  const template = inlineStylesheets(readFileSync(join(dist, 'index.html'), 'utf8'), dist);
  // A fresh URL each time, so a second build in one process does not get the first server bundle from the cache.
  const server = await import(`${pathToFileURL(serverEntry).href}?t=${Date.now()}`);
  const fill = (page, head) =>
    template
      .replace('<html lang="en">', `<html lang="${page.lang}">`)
      .replace('<!--app-head-->', head)
      .replace('<!--app-html-->', page.html)
      .replace('<!--app-data-->', `<script type="application/json" id="page-data">${server.serialisePageData(page.data)}</script>`);

  let pages = 0;
  let problems = 0;
  const outputs = [];
  for (const route of server.listRoutes()) {
    const page = server.render(server.routePath(route));
    const head = [
      `<title>${escapeHtml(page.title)}</title>`,
      `<meta name="description" content="${escapeHtml(page.description)}" />`,
      route.kind === 'fixture' ? '<meta name="robots" content="noindex" />' : '',
      route.kind === 'landing' ? LANDING_REDIRECT : '',
    ].filter(Boolean).join('\n    ');
    const { html, props } = externaliseWidgetProps(fill(page, head), `${page.path}${WIDGET_PROPS_FILE}`);
    outputs.push({ file: join(dist, page.path, 'index.html'), text: html });
    pages += 1;
    if (props.length > 0) outputs.push({ file: join(dist, page.path, WIDGET_PROPS_FILE), text: JSON.stringify(props) });
    if (route.kind === 'chapter') problems += page.problems.length;
  }
  const notFound = server.render('/en/this-page-does-not-exist/');
  outputs.push({ file: join(dist, '404.html'), text: fill(notFound, `<title>${escapeHtml(notFound.title)}</title>`) });

  // KaTeX's fonts, cut down to the characters of every page, its widgets' props and the quiz bank (which the review
  // page typesets).
  const rendered = performance.now();
  const assets = join(dist, 'assets');
  const quizBank = readdirSync(assets).filter((name) => name.includes('quiz-bank') && name.endsWith('.js'));
  const characters = characterSet([
    ...outputs.map((output) => output.text),
    ...quizBank.map((name) => readFileSync(join(assets, name), 'utf8')),
  ]);
  const fonts = await subsetKatexFonts(assets, characters);
  for (const name of readdirSync(assets).filter((file) => file.endsWith('.css'))) {
    const css = readFileSync(join(assets, name), 'utf8');
    const renamed = renameFontReferences(css, fonts.renamed);
    if (renamed !== css) writeFileSync(join(assets, name), renamed);
  }
  const fontsDone = performance.now();
  const written = [];
  for (const { file, text } of outputs) {
    mkdirSync(dirname(file), { recursive: true });
    const renamed = renameFontReferences(text, fonts.renamed);
    const contents = file.endsWith('.html') ? htmlToWrite(renamed) : renamed;
    writeFileSync(file, contents);
    written.push([relative(dist, file).split('\\').join('/'), Buffer.byteLength(contents)]);
  }
  return {
    pages,
    problems,
    written,
    fonts: { files: fonts.renamed.size, before: fonts.before, after: fonts.after },
    milliseconds: { render: rendered - started + (performance.now() - fontsDone), fonts: fontsDone - rendered },
  };
}

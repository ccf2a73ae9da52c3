import 'katex/dist/katex.min.css';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/content.css';
// Styles of island content that appears after load (quiz progress badges) or is prerendered inside an island (the
// search box). They come with the page (inlined with the rest), so nothing arrives later to restyle the document.
import '../quiz/ui/controls.css';
import '../quiz/ui/progress.css';
import './search/search.css';
import { enhanceChapter } from './chapter-body/enhanceChapter.ts';
import { holdLinkedHeading } from './chapter-body/holdLinkedHeading.ts';
import { hydrateIslands } from './islands/hydrateIslands.ts';
import { followLanguageLink } from './languageLink.ts';
import { PAGE_DATA_ID, type PageData } from './pageData.ts';
import { listenForSearchShortcut } from './search/searchShortcut.ts';
import { registerServiceWorkerAfterLoad } from './offline/serviceWorker.ts';
import { bindThemeSelect } from './theme/theme.ts';

const dataScript = document.getElementById(PAGE_DATA_ID);

if (dataScript) {
  // A prerendered page. React does not hydrate it as a whole: the page is static HTML with a few islands (theme,
  // search, quiz progress, the review page) and widgets in the chapter body, each brought to life on its own.
  // The browser evaluates this module in the same task that parses the end of the page, lays it out and fires `load`
  // (Lighthouse traces: 35–50 ms on a long chapter), so nothing is done here: each piece of start-up work below is a
  // task of its own, so that a tap waits for one short piece at most, not for all of them together.
  const inOwnTask = (work: () => void) => setTimeout(work, 0);
  // At once, not in a task of its own: a page opened at an #anchor is settling around its heading right now.
  const chapterBody = document.querySelector<HTMLElement>('.chapter-body');
  if (chapterBody) holdLinkedHeading(chapterBody);
  // The header's controls, plain DOM until their islands wake.
  inOwnTask(() => {
    document.querySelector<HTMLAnchorElement>('a[data-language-link]')?.addEventListener('click', (event) => {
      followLanguageLink(event.currentTarget as HTMLAnchorElement);
    });
    // The theme select works as plain HTML until the reader reaches for it and its island hydrates.
    const themeSelect = document.querySelector<HTMLSelectElement>('.theme-select select');
    if (themeSelect) bindThemeSelect(themeSelect);
    // "/" and Ctrl+K reach the search box before it has hydrated (focusing it wakes it; a box focused before the
    // islands listen wakes as they start).
    listenForSearchShortcut(() => document.querySelector<HTMLInputElement>('.search__input'));
  });
  inOwnTask(() => hydrateIslands());
  // The chapter body's share (finding widget slots and headings in thousands of elements).
  inOwnTask(() => {
    const page = JSON.parse(dataScript.textContent ?? '{}') as PageData;
    const body = document.querySelector<HTMLElement>('.chapter-body');
    if (body && page.chapter) {
      enhanceChapter(body, { locale: page.chapter.locale, slug: page.chapter.slug, tracked: page.route.kind === 'chapter' });
    }
  });
  inOwnTask(registerServiceWorkerAfterLoad);
} else if (import.meta.env.DEV) {
  // The dev server renders the whole app in the browser and follows content edits live (./devApp.tsx). Compiled out
  // of the production bundle, whose pages are all prerendered.
  const { startDevApp } = await import('./devApp.tsx');
  await startDevApp(document.getElementById('root')!);
}

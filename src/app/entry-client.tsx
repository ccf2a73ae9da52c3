import { StrictMode, startTransition, useEffect, useState } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/content.css';
// The quiz progress badges appear on every page once it has loaded. Their styles come with the page (inlined with
// the rest), so that their arrival does not add a stylesheet and restyle the whole document.
import '../quiz/ui/controls.css';
import '../quiz/ui/progress.css';
import { App } from './App.tsx';
import { PAGE_DATA_ID, type PageData } from './pageData.ts';
import { parseRoute } from './routes.ts';
import { registerServiceWorkerAfterLoad } from './serviceWorker.ts';

const container = document.getElementById('root')!;
const dataScript = document.getElementById(PAGE_DATA_ID);

if (dataScript) {
  // A prerendered page: its data is in the page, and the chapter HTML is already in the DOM, so nothing is fetched.
  const page = JSON.parse(dataScript.textContent ?? '{}') as PageData;
  if (page.chapter) page.chapter.html = container.querySelector('.chapter-body')?.innerHTML ?? '';
  // Hydration as a transition is time-sliced: React yields to the browser every few milliseconds instead of holding
  // the main thread for the whole tree, so a reader's first tap or scroll is never kept waiting (and TBT stays low).
  startTransition(() => {
    hydrateRoot(container, <StrictMode><App page={page} /></StrictMode>);
  });
  registerServiceWorkerAfterLoad();
} else if (import.meta.env.DEV) {
  // The dev server: render in the browser and follow content edits live. (Compiled out of the production bundle,
  // whose pages are all prerendered.)
  const { loadChapterForRoute } = await import('./chapterSource.ts');
  const route = parseRoute(window.location.pathname);
  const chapter = await loadChapterForRoute(route);
  createRoot(container).render(
    <StrictMode>
      <DevApp initial={{ route, chapter }} />
    </StrictMode>,
  );
}

/** Re-renders the chapter when its Markdown changes (hot reload in the dev server). */
function DevApp({ initial }: { initial: PageData }) {
  const [page, setPage] = useState(initial);
  useEffect(() => {
    const onUpdate = (event: Event) => {
      const next = (event as CustomEvent<PageData['chapter']>).detail;
      if (next && next.slug === page.chapter?.slug && next.locale === page.chapter.locale) setPage({ ...page, chapter: next });
    };
    window.addEventListener('notebook:chapter-update', onUpdate);
    return () => window.removeEventListener('notebook:chapter-update', onUpdate);
  }, [page]);
  useEffect(() => {
    document.documentElement.lang = page.route.kind === 'landing' ? 'en' : page.route.locale;
    if (window.location.hash) document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, [page]);
  return <App page={page} />;
}

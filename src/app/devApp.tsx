import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadChapterForRoute } from './chapterSource.ts';
import { IslandContext, type IslandEnvironment } from './islands/Island.tsx';
import { islandComponents } from './islands/components.ts';
import type { PageData } from './pageData.ts';
import { parseRoute } from './routes.ts';

/** In the dev server, islands render in place inside the client-rendered app. */
const islands: IslandEnvironment = { components: islandComponents };

/** Renders the route's page in the browser (the dev server has no prerendered HTML). */
export async function startDevApp(container: HTMLElement): Promise<void> {
  const route = parseRoute(window.location.pathname);
  const chapter = await loadChapterForRoute(route);
  createRoot(container).render(
    <StrictMode>
      <IslandContext value={islands}>
        <DevApp initial={{ route, chapter }} />
      </IslandContext>
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

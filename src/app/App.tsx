import { ChapterPage } from './pages/ChapterPage.tsx';
import { HomePage, LandingPage } from './pages/HomePage.tsx';
import { Layout } from './Layout.tsx';
import { NotFound } from './pages/NotFound.tsx';
import { isNotFound, type PageData } from './pageData.ts';
import { Island } from './islands/Island.tsx';

/**
 * The whole page for one route, rendered on the server (prerendering) and, in the dev server, in the browser. The
 * production site's browser hydrates only its islands.
 */
export function App({ page }: { page: PageData }) {
  const { route, chapter } = page;
  if (route.kind === 'landing') return <LandingPage />;
  const locale = route.locale;
  return (
    <Layout route={route} locale={locale}>
      {route.kind === 'home' ? <HomePage locale={locale} /> : null}
      {route.kind === 'review' ? <Island name="review" id="review" as="div" when={['now']} props={{ locale }} /> : null}
      {(route.kind === 'chapter' || route.kind === 'fixture') && chapter ? (
        <ChapterPage chapter={chapter} listed={route.kind === 'chapter'} />
      ) : null}
      {isNotFound(page) ? <NotFound locale={locale} /> : null}
    </Layout>
  );
}

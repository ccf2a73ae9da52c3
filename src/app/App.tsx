import { ChapterPage } from './ChapterPage.tsx';
import { HomePage, LandingPage } from './HomePage.tsx';
import { Layout } from './Layout.tsx';
import type { PageData } from './pageData.ts';
import { ReviewRoute } from './ReviewRoute.tsx';
import { uiStrings } from './strings.ts';

/** The whole page for one route. The same tree renders on the server (prerendering) and hydrates in the browser. */
export function App({ page }: { page: PageData }) {
  const { route, chapter } = page;
  if (route.kind === 'landing') return <LandingPage />;
  const locale = route.locale;
  return (
    <Layout route={route} locale={locale}>
      {route.kind === 'home' ? <HomePage locale={locale} /> : null}
      {route.kind === 'review' ? <ReviewRoute locale={locale} /> : null}
      {(route.kind === 'chapter' || route.kind === 'fixture') && chapter ? (
        <ChapterPage chapter={chapter} listed={route.kind === 'chapter'} />
      ) : null}
      {route.kind === 'not-found' || ((route.kind === 'chapter' || route.kind === 'fixture') && !chapter) ? (
        <p className="not-found">{uiStrings[locale].notFound}</p>
      ) : null}
    </Layout>
  );
}

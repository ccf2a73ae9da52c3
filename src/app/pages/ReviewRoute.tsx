import { lazy, Suspense } from 'react';
import type { Locale } from '../../content/locale.ts';
import { uiStrings } from '../strings.ts';
import { useInBrowser } from '../useInBrowser.ts';

const ReviewPage = lazy(() => import('../../quiz/ui/ReviewPage.tsx'));

/**
 * The review page: its code (scheduling, storage, the question bank) loads only here, and only in the browser (the
 * due cards live in the reader's IndexedDB, so there is nothing to prerender but the heading).
 */
export function ReviewRoute({ locale }: { locale: Locale }) {
  const inBrowser = useInBrowser();
  const loading = <p className="review-route__loading">…</p>;
  return (
    <div className="review-route">
      <h1>{uiStrings[locale].review}</h1>
      {inBrowser ? (
        <Suspense fallback={loading}>
          <ReviewPage locale={locale} />
        </Suspense>
      ) : loading}
    </div>
  );
}

import { lazy, Suspense } from 'react';
import type { Locale } from '../content/locale.ts';
import { uiStrings } from './strings.ts';

const ReviewPage = lazy(() => import('../quiz/ui/ReviewPage.tsx'));

/** The review page: its code (scheduling, storage, the question bank) loads only here. */
export function ReviewRoute({ locale }: { locale: Locale }) {
  return (
    <div className="review-route">
      <h1>{uiStrings[locale].review}</h1>
      <Suspense fallback={<p>…</p>}>
        <ReviewPage locale={locale} />
      </Suspense>
    </div>
  );
}

import { lazy, Suspense } from 'react';
import type { Locale } from '../content/locale.ts';
import { uiStrings } from './strings.ts';

const pages = import.meta.glob<{ default: (props: { locale: Locale }) => React.ReactNode }>('../quiz/ui/ReviewPage.tsx');
const ReviewPage = lazy(async () => {
  const load = pages['../quiz/ui/ReviewPage.tsx'];
  return load ? load() : { default: () => null };
});

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

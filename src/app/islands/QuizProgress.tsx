import { lazy, Suspense } from 'react';
import type { Locale } from '../../content/locale.ts';
import { useAfterLoad } from '../afterLoad.ts';

// The quiz progress pieces read IndexedDB and schedule with ts-fsrs: about 20 KB that no page needs for its first
// view. They load once the page has loaded and the browser is idle, in their own chunks; the server renders nothing
// in their place (and neither does hydration, so the two agree).
const LazyDueCount = lazy(() => import('../../quiz/ui/DueCount.tsx').then((module) => ({ default: module.DueCount })));
const LazyChapterMastery = lazy(() =>
  import('../../quiz/ui/ChapterMastery.tsx').then((module) => ({ default: module.ChapterMastery })),
);
const LazyStorageNotice = lazy(() => import('../../quiz/ui/StorageNotice.tsx').then((module) => ({ default: module.StorageNotice })));

/** The number of questions due for review, for the navigation. */
export function DueBadge({ locale }: { locale: Locale }) {
  if (!useAfterLoad()) return null;
  return (
    <Suspense fallback={null}>
      <LazyDueCount locale={locale} />
    </Suspense>
  );
}

/** How much of a chapter's quiz the reader has mastered, for the chapter list. */
export function MasteryBadge({ locale, questionIds }: { locale: Locale; questionIds: readonly string[] }) {
  const inBrowser = useAfterLoad();
  if (!inBrowser || questionIds.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <LazyChapterMastery locale={locale} questionIds={questionIds} />
    </Suspense>
  );
}

/** Tells the reader when stored progress was damaged, kept aside, or could not be saved. */
export function ProgressNotice({ locale }: { locale: Locale }) {
  if (!useAfterLoad()) return null;
  return (
    <Suspense fallback={null}>
      <LazyStorageNotice locale={locale} />
    </Suspense>
  );
}

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import chapterIndex from 'virtual:chapter-index';
import type { Locale } from '../../content/locale.ts';
import type { UiStrings } from '../strings.ts';
import type { ReadingProgress } from '../../storage/readingProgress.ts';
import { readRawReadingProgress, subscribeToReadingProgress } from '../../storage/readingStore.ts';

type Parse = (raw: string) => ReadingProgress;

/**
 * The stored progress; undefined on the server, so the prerendered HTML and the first client render agree, and
 * until the validating parser (with zod) has loaded after the first render.
 */
export function useReadingProgress(): ReadingProgress | undefined {
  const raw = useSyncExternalStore(subscribeToReadingProgress, readRawReadingProgress, () => undefined);
  const [parse, setParse] = useState<Parse>();
  useEffect(() => {
    let current = true;
    void import('../../storage/readingProgress.ts').then(({ parseReadingProgress }) => {
      if (current) setParse(() => parseReadingProgress);
    });
    return () => {
      current = false;
    };
  }, []);
  return useMemo(() => (raw === undefined || !parse ? undefined : parse(raw)), [raw, parse]);
}

/** "Continue where you left off": the last chapter and section read, in this language. */
export function ContinueReading({ locale, strings }: { locale: Locale; strings: UiStrings }) {
  const progress = useReadingProgress();
  const last = progress?.last;
  const chapter = last ? chapterIndex[locale].find((entry) => entry.slug === last.slug) : undefined;
  if (!last || !chapter) return null;
  const href = `/${locale}/${chapter.slug}/${last.section ? `#${last.section}` : ''}`;
  return (
    <p className="continue-reading">
      <a href={href} data-testid="continue-reading">
        {strings.continueReading}: {strings.chapterNumber(chapter.order)} · {chapter.title}
      </a>
    </p>
  );
}

/** The share of a chapter read, e.g. "45% read", once there is any. */
export function ReadShare({ slug, progress, strings }: { slug: string; progress: ReadingProgress | undefined; strings: UiStrings }) {
  const share = progress?.read[slug];
  if (share === undefined || share <= 0) return null;
  const percent = Math.round(share * 100);
  return (
    <span className="read-share" data-testid={`read-share-${slug}`}>
      <span className="read-share__bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      {strings.readShare(percent)}
    </span>
  );
}

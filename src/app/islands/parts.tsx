// The islands' components with JSON-safe props (a locale, a slug), wrapping the shell's components.
import type { Locale } from '../../content/locale.ts';
import { MasteryBadge } from './QuizProgress.tsx';
import { ContinueReading, ReadShare, useReadingProgress } from '../reading/ContinueReading.tsx';
import { ReviewRoute } from '../pages/ReviewRoute.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { uiStrings } from '../strings.ts';
import { ThemeSelect } from '../theme/ThemeSelect.tsx';
import { UpdatePrompt } from '../offline/UpdatePrompt.tsx';

export { DueBadge, ProgressNotice } from './QuizProgress.tsx';

export function ThemeSelectIsland({ locale }: { locale: Locale }) {
  return <ThemeSelect strings={uiStrings[locale]} />;
}

export function SearchIsland({ locale }: { locale: Locale }) {
  return <SearchBox locale={locale} />;
}

export function UpdatePromptIsland({ locale }: { locale: Locale }) {
  return <UpdatePrompt strings={uiStrings[locale]} />;
}

export function ContinueReadingIsland({ locale }: { locale: Locale }) {
  return <ContinueReading locale={locale} strings={uiStrings[locale]} />;
}

/** A chapter's share read and quiz mastery, for the chapter list. */
export function ChapterProgress({ locale, slug, questionIds }: { locale: Locale; slug: string; questionIds: readonly string[] }) {
  const progress = useReadingProgress();
  return (
    <>
      <ReadShare slug={slug} progress={progress} strings={uiStrings[locale]} />
      <MasteryBadge locale={locale} questionIds={questionIds} />
    </>
  );
}

export function ReviewIsland({ locale }: { locale: Locale }) {
  return <ReviewRoute locale={locale} />;
}

import { questionIdsOf } from '../quiz/engine/quizBank.ts';
import type { ChapterIndexEntry, CompiledChapter } from './chapter.ts';
import { LOCALES, type Locale } from './locale.ts';

/** The reader's chapter list per locale, as `virtual:chapter-index` serves it. */
export type ChapterIndex = Record<Locale, ChapterIndexEntry[]>;

/**
 * The chapter index: for each locale, every compiled chapter's metadata and question ids (no body), ordered by
 * chapter number. Chapters of other locales are left out.
 */
export function buildChapterIndex(chapters: readonly CompiledChapter[]): ChapterIndex {
  const index = Object.fromEntries(LOCALES.map((locale) => [locale, [] as ChapterIndexEntry[]])) as ChapterIndex;
  for (const chapter of chapters) {
    if (!(LOCALES as readonly string[]).includes(chapter.locale)) continue;
    index[chapter.locale].push({
      locale: chapter.locale,
      slug: chapter.slug,
      order: chapter.order,
      file: chapter.file,
      title: chapter.title,
      summary: chapter.summary,
      kind: chapter.kind,
      frontMatterError: chapter.frontMatterError,
      questionIds: questionIdsOf(chapter),
    });
  }
  for (const list of Object.values(index)) list.sort((a, b) => a.order - b.order);
  return index;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listChapters } from './listChapters.ts';
import type { Locale } from './locale.ts';

/** One chapter file as written, for tests that read the content without compiling it. */
export interface ChapterSource {
  locale: Locale;
  /** File name, e.g. 04-gelu.md (the same in both locales). */
  name: string;
  /** The slug in the URL, e.g. gelu. */
  slug: string;
  /** Repo-relative path, for messages. */
  file: string;
  source: string;
}

/** The repository root, two folders above this file. */
export const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** Every reader chapter (`content/<locale>/NN-slug.md`) of every locale, in file order. Test-only: reads the disk. */
export function readChapterSources(): ChapterSource[] {
  return listChapters(REPO_ROOT).map((chapter) => ({
    locale: chapter.locale,
    name: chapter.file.split('/').at(-1)!,
    slug: chapter.slug,
    file: chapter.file,
    source: readFileSync(chapter.path, 'utf8'),
  }));
}

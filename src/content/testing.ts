import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from './locale.ts';

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
  return LOCALES.flatMap((locale) =>
    readdirSync(join(REPO_ROOT, 'content', locale))
      .filter((name) => /^\d{2}-[a-z0-9-]+\.md$/.test(name))
      .sort()
      .map((name) => ({
        locale,
        name,
        slug: name.slice(3, -3),
        file: `content/${locale}/${name}`,
        source: readFileSync(join(REPO_ROOT, 'content', locale, name), 'utf8'),
      })),
  );
}

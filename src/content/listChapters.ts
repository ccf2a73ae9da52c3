import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { parseChapterPath } from './chapter.ts';
import { LOCALES, type Locale } from './locale.ts';

/** The reader's chapters, relative to the repository root: `content/<locale>/NN-slug.md`. */
export const CONTENT_FOLDER = 'content';

/** The test pages that the build serves at `/fixtures/<slug>/` (never listed for readers). */
export const FIXTURE_PAGES_FOLDER = 'src/markdown/fixtures/pages';

/** Chapters that only the browser tests build (tests/e2e/run.mjs adds them to the reader's chapters). */
export const TEST_CHAPTERS_FOLDER = 'tests/e2e/chapters';

/** Every folder of chapter files in the repository; `npm run diagrams` prerenders the diagrams of all of them. */
export const ALL_CHAPTER_FOLDERS = [CONTENT_FOLDER, FIXTURE_PAGES_FOLDER, TEST_CHAPTERS_FOLDER] as const;

/** One chapter file as found on disk. */
export interface ChapterSource {
  locale: Locale;
  /** The NN prefix of the file name. */
  order: number;
  /** The file name without its number and extension: the URL segment, e.g. "gelu". */
  slug: string;
  /** Path from the repository root with `/` separators, e.g. content/en/04-gelu.md (absolute when the folder is outside the root). */
  file: string;
  /** Absolute path. */
  path: string;
}

/**
 * Every chapter under `folders` (relative to `root`, or absolute): the files named `<locale>/NN-slug.md` for each of
 * the notebook's locales, in locale order (LOCALES), then by number, then folder by folder. A folder that does not
 * exist holds no chapters; other files and folders are ignored. This is the one listing of chapters that the build,
 * the parity test, the browser tests and the bench share.
 */
export function listChapters(root: string, folders: readonly string[] = [CONTENT_FOLDER]): ChapterSource[] {
  const found: ChapterSource[] = [];
  for (const folder of folders) {
    const base = isAbsolute(folder) ? folder : join(root, folder);
    for (const locale of LOCALES) {
      const directory = join(base, locale);
      if (!existsSync(directory) || !statSync(directory).isDirectory()) continue;
      for (const name of readdirSync(directory).sort()) {
        const path = join(directory, name);
        const parsed = parseChapterPath(`${locale}/${name}`);
        if (!parsed || !statSync(path).isFile()) continue;
        const fromRoot = relative(root, path);
        const file = fromRoot.startsWith('..') || isAbsolute(fromRoot) ? path : fromRoot.split('\\').join('/');
        found.push({ locale, order: parsed.order, slug: parsed.slug, file, path });
      }
    }
  }
  return found.sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale) || a.order - b.order);
}

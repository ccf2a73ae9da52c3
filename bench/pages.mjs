// The pages the benchmark audits: both home pages and every reader chapter in both locales, as src/content lists them.
import { importSource } from '../scripts/importSource.mjs';

/** The locales, in report order. */
export const LOCALES = ['zh', 'en'];

/** Every reader chapter: [{ locale, order, slug, file, path }] with `file` repo-relative, in locale then chapter order. */
export async function chapterFiles(root) {
  const { listChapters } = await importSource(root, 'src/content/listChapters.ts');
  return listChapters(root);
}

/** The paths to audit: home pages, then chapters. `quick` keeps a few: one home page and two chapters with diagrams. */
export async function benchPages(root, { quick = false } = {}) {
  const chapters = await chapterFiles(root);
  const all = [...LOCALES.map((locale) => `/${locale}/`), ...chapters.map(({ locale, slug }) => `/${locale}/${slug}/`)];
  if (!quick) return all;
  const wanted = ['/en/', '/zh/architecture/', '/en/gelu/'];
  return wanted.filter((path) => all.includes(path));
}

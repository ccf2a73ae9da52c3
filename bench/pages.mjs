// The pages the benchmark audits: both home pages and every reader chapter in both locales, found in content/.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The locales, in report order. */
export const LOCALES = ['zh', 'en'];

/** Every reader chapter: [{ locale, slug, file }] with `file` repo-relative, in locale then chapter order. */
export function chapterFiles(root) {
  const chapters = [];
  for (const locale of LOCALES) {
    for (const name of readdirSync(join(root, 'content', locale)).sort()) {
      const match = /^(\d{2})-([a-z0-9-]+)\.md$/.exec(name);
      if (match) chapters.push({ locale, slug: match[2], file: `content/${locale}/${name}` });
    }
  }
  return chapters;
}

/** The paths to audit: home pages, then chapters. `quick` keeps a few: one home page and two chapters with diagrams. */
export function benchPages(root, { quick = false } = {}) {
  const all = [...LOCALES.map((locale) => `/${locale}/`), ...chapterFiles(root).map(({ locale, slug }) => `/${locale}/${slug}/`)];
  if (!quick) return all;
  const wanted = ['/en/', '/zh/architecture/', '/en/gelu/'];
  return wanted.filter((path) => all.includes(path));
}

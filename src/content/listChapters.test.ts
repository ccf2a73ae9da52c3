import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listChapters } from './listChapters.ts';

/** A folder holding `files` (paths relative to it, each with a little text). */
function folderWith(files: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'list-chapters-'));
  for (const file of files) {
    mkdirSync(join(folder, file, '..'), { recursive: true });
    writeFileSync(join(folder, file), '# x\n');
  }
  return folder;
}

describe('listChapters', () => {
  it('lists <locale>/NN-slug.md of each locale, zh before en, by number, and ignores everything else', () => {
    const root = folderWith([
      'content/en/02-loss.md', 'content/en/01-overview.md', 'content/zh/01-overview.md', 'content/en/notes.txt',
      'content/en/1-short.md', 'content/en/03-Upper.md', 'content/fr/01-overview.md', 'content/en/04-dir.md/x.md',
      'content/diagrams/01-x.md',
    ]);
    expect(listChapters(root).map(({ locale, order, slug, file }) => ({ locale, order, slug, file }))).toEqual([
      { locale: 'zh', order: 1, slug: 'overview', file: 'content/zh/01-overview.md' },
      { locale: 'en', order: 1, slug: 'overview', file: 'content/en/01-overview.md' },
      { locale: 'en', order: 2, slug: 'loss', file: 'content/en/02-loss.md' },
    ]);
    expect(listChapters(root)[0]!.path).toBe(join(root, 'content/zh/01-overview.md'));
  });

  it('merges several folders by number, keeping folder order for equal numbers; a missing folder adds nothing', () => {
    const root = folderWith(['content/en/01-a.md', 'content/en/90-z.md', 'extra/en/05-m.md', 'extra/en/90-y.md']);
    const files = listChapters(root, ['content', 'extra', 'missing']).map((chapter) => chapter.file);
    expect(files).toEqual(['content/en/01-a.md', 'extra/en/05-m.md', 'content/en/90-z.md', 'extra/en/90-y.md']);
  });

  it('names a chapter outside the root by its absolute path', () => {
    const root = folderWith(['content/en/01-a.md']);
    const outside = folderWith(['en/07-far.md']);
    expect(listChapters(root, [outside])).toEqual([
      { locale: 'en', order: 7, slug: 'far', file: join(outside, 'en/07-far.md'), path: join(outside, 'en/07-far.md') },
    ]);
  });

  it('finds the notebook’s own chapters in both languages', () => {
    const chapters = listChapters(join(import.meta.dirname, '..', '..'));
    const slugs = (locale: string) => chapters.filter((chapter) => chapter.locale === locale).map((chapter) => chapter.slug);
    expect(slugs('zh').length).toBeGreaterThanOrEqual(8);
    expect(slugs('zh')).toEqual(slugs('en'));
  });
});

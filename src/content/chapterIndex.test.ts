import { describe, expect, it } from 'vitest';
import type { CompiledChapter } from './chapter.ts';
import { buildChapterIndex } from './chapterIndex.ts';

const chapter = (locale: string, order: number, slug: string, questionIds: string[] = []): CompiledChapter => ({
  locale: locale as CompiledChapter['locale'],
  slug,
  order,
  file: `content/${locale}/${String(order).padStart(2, '0')}-${slug}.md`,
  title: `${slug} title`,
  summary: `${slug} summary`,
  kind: 'chapter',
  frontMatterError: undefined,
  html: '<p>body</p>',
  headings: [],
  problems: [],
  widgets: questionIds.length ? [{ name: 'quiz', instanceId: 'quiz', section: 'a', props: { questions: questionIds.map((id) => ({ id })) } }] : [],
  needsMermaid: false,
});

describe('buildChapterIndex', () => {
  it('lists each locale’s chapters by number, with their metadata and question ids and without their bodies', () => {
    const index = buildChapterIndex([chapter('en', 2, 'loss', ['loss-a']), chapter('zh', 1, 'overview'), chapter('en', 1, 'overview', ['o-1', 'o-2'])]);
    expect(index.en).toEqual([
      { locale: 'en', slug: 'overview', order: 1, file: 'content/en/01-overview.md', title: 'overview title', summary: 'overview summary', kind: 'chapter', frontMatterError: undefined, questionIds: ['o-1', 'o-2'] },
      { locale: 'en', slug: 'loss', order: 2, file: 'content/en/02-loss.md', title: 'loss title', summary: 'loss summary', kind: 'chapter', frontMatterError: undefined, questionIds: ['loss-a'] },
    ]);
    expect(index.zh.map((entry) => entry.slug)).toEqual(['overview']);
    expect(JSON.stringify(index)).not.toContain('<p>body</p>');
  });

  it('keeps a front matter error so the chapter list can show it, and leaves out unknown locales', () => {
    const broken = { ...chapter('en', 3, 'broken'), frontMatterError: 'invalid front matter: title: must be a non-empty string' };
    const index = buildChapterIndex([broken, chapter('fr', 1, 'apercu')]);
    expect(index.en[0]!.frontMatterError).toMatch(/^invalid front matter/);
    expect(Object.keys(index).sort()).toEqual(['en', 'zh']);
  });
});

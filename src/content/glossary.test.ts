import { describe, expect, it } from 'vitest';
import { compileChapter } from '../markdown/compileChapter.tsx';
import { createDiagramLookup } from '../markdown/diagramStore.ts';
import { buildSearchIndex } from '../search/buildSearchIndex.ts';
import { loadSearchIndex, searchIndex } from '../search/searchIndex.ts';
import { widgetRegistry } from '../widgets/registry.ts';
import { splitFrontMatter } from './frontMatter.ts';
import { REPO_ROOT, readChapterSources } from './testing.ts';

// The glossary (issue #20) lists the symbols that mean different things in different chapters and the key terms, each
// linking to the sections that use it. Every link must land on a heading that exists, in its own language.
const chapters = readChapterSources();
const anchorsOf = (source: string) => new Set([...source.matchAll(/^#{2,3} .*\{#([a-z0-9-]+)\}\s*$/gm)].map((match) => match[1]));
const LINK = /\]\(([^)]*)\)/g;

describe('the glossary', () => {
  for (const locale of ['zh', 'en'] as const) {
    const glossary = chapters.find((chapter) => chapter.locale === locale && chapter.slug === 'glossary');

    it(`exists in ${locale} as a reference page`, () => {
      expect(glossary).toBeDefined();
      expect(splitFrontMatter(glossary?.source ?? '').frontMatter?.kind).toBe('reference');
    });

    it(`links only to headings that exist in ${locale}`, () => {
      const broken: string[] = [];
      for (const [, target] of (glossary?.source ?? '').matchAll(LINK)) {
        const match = /^\.\.\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(target ?? '');
        const chapter = match && chapters.find((each) => each.locale === locale && each.slug === match[1]);
        if (!match || !chapter || !anchorsOf(chapter.source).has(match[2])) broken.push(target ?? '');
      }
      expect(broken).toEqual([]);
    });

    it(`gives every entry in ${locale} at least one link, and explains β, γ, ε, T and λ`, () => {
      const entries = (glossary?.source ?? '').split(/^### /m).slice(1);
      const unlinked = entries.filter((entry) => !/\]\(\.\.\//.test(entry)).map((entry) => entry.split('\n')[0]);
      expect(unlinked).toEqual([]);
      expect([...anchorsOf(glossary?.source ?? '')]).toEqual(expect.arrayContaining(['beta', 'gamma', 'epsilon', 't', 'lambda']));
    });
  }

  it('has the same entries and the same links in zh and en', () => {
    const outline = (locale: string) => {
      const source = chapters.find((chapter) => chapter.locale === locale && chapter.slug === 'glossary')?.source ?? '';
      return { anchors: [...anchorsOf(source)], links: [...source.matchAll(LINK)].map((match) => match[1]) };
    };
    expect(outline('zh')).toEqual(outline('en'));
  });

  it('is found by search, entry by entry', () => {
    const environment = { registry: widgetRegistry, diagrams: createDiagramLookup(REPO_ROOT) };
    const compiled = chapters
      .filter((chapter) => chapter.slug === 'glossary')
      .map((chapter) => compileChapter(chapter.source, chapter.file, environment));
    const serialized = JSON.parse(JSON.stringify(buildSearchIndex(compiled)));
    const hrefs = (locale: string, query: string) =>
      searchIndex(loadSearchIndex(serialized, locale), query).groups.flatMap((group) => group.hits.map((hit) => hit.href));
    expect(hrefs('en', 'weight decay')).toContain('/en/glossary/#weight-decay');
    expect(hrefs('zh', '权重衰减')).toContain('/zh/glossary/#weight-decay');
    expect(hrefs('en', 'discount factor')).toContain('/en/glossary/#gamma');
    expect(hrefs('zh', '折扣因子')).toContain('/zh/glossary/#gamma');
  });
});

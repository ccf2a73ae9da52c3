import { beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from './buildSearchIndex.ts';
import { enChapters, zhChapters } from './fixtures/sampleChapters.ts';
import type { SerializedSearchIndex } from './indexFormat.ts';
import { type LoadedSearchIndex, loadSearchIndex, type SearchHit, searchIndex } from './searchIndex.ts';

let serialized: SerializedSearchIndex;
let zh: LoadedSearchIndex;
let en: LoadedSearchIndex;

beforeAll(() => {
  // Through JSON, as the browser gets it.
  serialized = JSON.parse(JSON.stringify(buildSearchIndex([...zhChapters, ...enChapters]))) as SerializedSearchIndex;
  zh = loadSearchIndex(serialized, 'zh');
  en = loadSearchIndex(serialized, 'en');
});

const hits = (index: LoadedSearchIndex, query: string): SearchHit[] => searchIndex(index, query).groups.flatMap((group) => group.hits);
const marked = (text: string, ranges: readonly (readonly [number, number])[]) => ranges.map(([from, to]) => text.slice(from, to));

describe('searchIndex', () => {
  it('finds the PPO section for 近端策略优化 and marks the phrase', () => {
    const found = hits(zh, '近端策略优化');
    expect(found.map((hit) => hit.href)).toEqual(['/zh/rlhf/#ppo-clip']);
    expect(found[0]!.heading).toBe('PPO 的剪切目标');
    expect(marked(found[0]!.snippet.text, found[0]!.snippet.highlights)).toEqual(['近端策略优化']);
  });

  it('finds a Chinese substring inside a longer word', () => {
    const found = hits(zh, '策略优');
    expect(found.map((hit) => hit.href)).toEqual(['/zh/rlhf/#ppo-clip']);
    expect(marked(found[0]!.snippet.text, found[0]!.snippet.highlights)).toEqual(['策略优']);
  });

  it('finds a single Chinese character, also at the end of a run', () => {
    // 学习率。 ends a run in the Adam section; 概率 is in the PPO quiz.
    expect(hits(zh, '率').map((hit) => hit.href).sort()).toEqual(['/zh/adam/#adam-and-bias-correction', '/zh/rlhf/#ppo-clip']);
  });

  it('finds the Adam section for "bias correction", heading first, both words marked', () => {
    const [first] = hits(en, 'bias correction');
    expect(first!.href).toBe('/en/adam/#adam-and-bias-correction');
    expect(marked(first!.heading, first!.headingHighlights)).toEqual(['bias correction']);
    expect(marked(first!.snippet.text, first!.snippet.highlights)).toEqual(['bias correction']);
  });

  it('matches an English prefix ("optim") and a typo ("optimzer")', () => {
    const prefix = hits(en, 'optim');
    expect(prefix.map((hit) => hit.href)).toContain('/en/adam/');
    expect(prefix.map((hit) => hit.href)).toContain('/en/loss/#cross-entropy'); // "optimised"
    const typo = hits(en, 'optimzer');
    expect(typo.map((hit) => hit.href)).toContain('/en/adam/');
    const intro = typo.find((hit) => hit.href === '/en/adam/')!;
    expect(intro.heading).toBe('The Adam optimizer'); // The introduction is named by the chapter.
    expect(marked(intro.snippet.text, intro.snippet.highlights)).toEqual(['optimizer']);
  });

  it('searches the TeX of formulas and the quiz questions, and says where the snippet comes from', () => {
    const tex = hits(en, 'frac');
    expect(tex.map((hit) => [hit.href, hit.snippet.field])).toEqual([['/en/adam/#adam-and-bias-correction', 'tex']]);
    const quiz = hits(en, 'zucchini');
    expect(quiz.map((hit) => [hit.href, hit.snippet.field])).toEqual([['/en/adam/#adam-and-bias-correction', 'quiz']]);
    expect(hits(zh, '剪切范围').map((hit) => hit.href)).toEqual(['/zh/rlhf/#ppo-clip']);
  });

  it('groups results by chapter, best chapter first', () => {
    const results = searchIndex(en, 'adam');
    expect(results.groups.map((group) => group.slug)).toEqual(['adam', 'loss']);
    expect(results.groups[0]!.chapterTitle).toBe('The Adam optimizer');
    expect(results.groups[0]!.hits[0]!.href).toBe('/en/adam/#adam-and-bias-correction');
    expect(results.total).toBe(results.groups.reduce((sum, group) => sum + group.hits.length, 0));
  });

  it('caps hits per chapter and in all', () => {
    const capped = searchIndex(en, 'adam', { maxHitsPerChapter: 1, maxHits: 2 });
    expect(capped.groups.map((group) => group.hits.length)).toEqual([1, 1]);
    expect(searchIndex(en, 'adam', { maxHits: 1 }).groups.flatMap((group) => group.hits)).toHaveLength(1);
  });

  it('requires every term, and falls back to any term (marked partial) when no section has all', () => {
    expect(hits(en, 'bias zucchini').map((hit) => hit.href)).toEqual(['/en/adam/#adam-and-bias-correction']);
    const partial = searchIndex(en, 'zucchini entropy');
    expect(partial.partial).toBe(true);
    expect(partial.groups.map((group) => group.slug).sort()).toEqual(['adam', 'loss']);
  });

  it('returns nothing for an empty or unknown query', () => {
    expect(searchIndex(en, '   ').groups).toEqual([]);
    expect(searchIndex(en, 'xylophone quasar')).toMatchObject({ groups: [], total: 0, partial: false });
  });

  it('refuses an index of another version or without the locale', () => {
    expect(() => loadSearchIndex({ ...serialized, version: 0 }, 'en')).toThrow(/version 0/);
    expect(() => loadSearchIndex(serialized, 'fr')).toThrow(/no locale "fr"/);
  });
});

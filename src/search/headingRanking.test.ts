import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// Test-only: the real index is built from the chapters as the build compiles them, which needs the Markdown pipeline.
// src/search itself stays pure (tsconfig.pure.json leaves tests out); this file only drives it.
import { buildSearchIndex, compileChapter, createDiagramLookup, listChapters, widgetRegistry } from '../markdown/nodeEntry.ts';
import { heading } from './fixtures/sampleChapters.ts';
import type { SearchableChapter } from './buildSearchIndex.ts';
import type { SerializedSearchIndex } from './indexFormat.ts';
import { type LoadedSearchIndex, loadSearchIndex, searchIndex } from './searchIndex.ts';

const hrefs = (index: LoadedSearchIndex, query: string) => searchIndex(index, query).groups.flatMap((group) => group.hits.map((hit) => hit.href));

describe('sections whose heading matches come first', () => {
  // Made-up chapters: a long section about the KL penalty, with the words in its heading and once in its text, and a
  // short section of a chapter whose title has the words too, which only mentions them, several times. By score
  // alone the mentions win (the first test shows it), so a field boost could not promise the order.
  const LONG_HEADING = 'Why the reward of every token in the third stage of training subtracts a KL penalty';
  const filler = 'The reward model only approximates human judgement, so the policy should stay near where it started. '.repeat(40);
  const chapters: SearchableChapter[] = [
    {
      locale: 'en',
      slug: 'rlhf',
      title: 'Training with human feedback',
      html: `<p>How people's rankings train the model.</p>${heading(2, 'stage-ppo', 'Stage 3')}<p>${filler}</p>${heading(3, 'why-kl-penalty', LONG_HEADING)}<p>${filler} Hence the KL penalty.</p>`,
      headings: [
        { id: 'stage-ppo', text: 'Stage 3' },
        { id: 'why-kl-penalty', text: LONG_HEADING },
      ],
      widgets: [],
    },
    {
      locale: 'en',
      slug: 'loss',
      title: 'Losses, from cross-entropy to the KL penalty',
      html: `${heading(2, 'rl-objective', 'The KL term')}<p>Reward minus a KL penalty; the KL penalty is per token; a KL penalty of 0.02 per token keeps the KL small.</p>`,
      headings: [{ id: 'rl-objective', text: 'The KL term' }],
      widgets: [],
    },
  ];
  const index = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(chapters))) as SerializedSearchIndex, 'en');

  it('ranks the section about the query above one that outscores it with mentions', () => {
    const hits = searchIndex(index, 'KL penalty').groups.flatMap((group) => group.hits);
    expect(hits.map((hit) => hit.href)).toEqual(['/en/rlhf/#why-kl-penalty', '/en/loss/#rl-objective']);
    expect(hits[1]!.score).toBeGreaterThan(hits[0]!.score);
  });

  it('counts a chapter title as the heading of the chapter’s introduction only', () => {
    // Every section of the chapter carries its title, so every one matches; the introduction, headed by it, leads.
    const found = hrefs(index, 'human feedback');
    expect(found[0]).toBe('/en/rlhf/');
    expect(found.slice(1).sort()).toEqual(['/en/rlhf/#stage-ppo', '/en/rlhf/#why-kl-penalty']);
  });
});

describe('on the notebook’s own chapters', () => {
  const root = join(import.meta.dirname, '..', '..');
  let indexes: Record<'zh' | 'en', LoadedSearchIndex>;
  let headingsOf: (locale: string, slug: string) => { id: string; text: string }[];

  beforeAll(() => {
    const environment = { registry: widgetRegistry, diagrams: createDiagramLookup(root) };
    const compiled = listChapters(root).map((chapter) => compileChapter(readFileSync(chapter.path, 'utf8'), chapter.file, environment));
    const serialized = JSON.parse(JSON.stringify(buildSearchIndex(compiled))) as SerializedSearchIndex;
    indexes = { zh: loadSearchIndex(serialized, 'zh'), en: loadSearchIndex(serialized, 'en') };
    headingsOf = (locale, slug) => compiled.find((chapter) => chapter.locale === locale && chapter.slug === slug)?.headings ?? [];
  }, 120_000);

  it.each([
    ['en', 'KL penalty', /KL penalty/i],
    ['zh', 'KL 惩罚', /KL\s*惩罚/],
  ] as const)('lists the RLHF section headed by the query (%s "%s") above the loss chapter’s mentions', (locale, query, headingPattern) => {
    const section = headingsOf(locale, 'rlhf').find((candidate) => headingPattern.test(candidate.text));
    expect(section, 'chapter 03 has a section headed by the query').toBeDefined();
    const found = hrefs(indexes[locale], query);
    const rlhf = found.indexOf(`/${locale}/rlhf/#${section?.id}`);
    const firstLoss = found.findIndex((href) => href.startsWith(`/${locale}/loss/`));
    expect(rlhf).toBeGreaterThanOrEqual(0);
    expect(firstLoss).toBeGreaterThan(rlhf);
    expect(found.find((href) => href.startsWith(`/${locale}/rlhf/`))).toBe(`/${locale}/rlhf/#${section?.id}`);
  });
});

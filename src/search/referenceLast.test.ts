import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchableChapter } from './buildSearchIndex.ts';
import { heading } from './fixtures/sampleChapters.ts';
import { loadSearchIndex, searchIndex } from './searchIndex.ts';

// The glossary defines each term in a line or two, so its entry matches a query more densely than the section that
// explains the term. Readers want the explanation first: a reference page's results come after the chapters' results.
const chapter = (slug: string, html: string, kind?: string): SearchableChapter => ({
  locale: 'en',
  slug,
  title: slug,
  html,
  headings: [...html.matchAll(/<h[23] id="([^"]+)">([^<]+)</g)].map((match) => ({ id: match[1]!, text: match[2]! })),
  widgets: [],
  ...(kind ? { kind } : {}),
});
const filler = 'The reward model scores each answer, and the policy is trained against those scores. '.repeat(30);
const chapters = [
  chapter('glossary', `${heading(3, 'kl-penalty', 'KL penalty')}<p>The KL penalty: a per-token KL penalty.</p>`, 'reference'),
  chapter('rlhf', `${heading(3, 'why', 'Why this term')}<p>${filler} Hence the KL penalty.</p>`),
];

describe('reference pages in search results', () => {
  it('come after the chapters, although their entry scores higher', () => {
    const index = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(chapters))), 'en');
    const { groups } = searchIndex(index, 'KL penalty');
    expect(groups.map((group) => group.slug)).toEqual(['rlhf', 'glossary']);
    expect(groups[1]!.hits[0]!.score).toBeGreaterThan(groups[0]!.hits[0]!.score);
  });

  it('still lead when no chapter matches', () => {
    const index = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(chapters))), 'en');
    expect(searchIndex(index, 'per-token').groups.map((group) => group.slug)).toEqual(['glossary']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildSearchIndex, chapterDocuments } from './buildSearchIndex.ts';
import { enChapters, zhChapters } from './fixtures/sampleChapters.ts';
import { SEARCH_INDEX_VERSION } from './indexFormat.ts';

describe('chapterDocuments', () => {
  it('makes one document per section, with heading, text, TeX and quiz text', () => {
    const documents = chapterDocuments(enChapters[0]!, 0);
    expect(documents.map((document) => [document.headingId, document.headingText])).toEqual([
      [undefined, ''],
      ['gradient-descent', 'Gradient descent'],
      ['adam-and-bias-correction', 'Adam and its bias correction'],
      ['settings', 'Default settings'],
    ]);
    const adam = documents[2]!;
    expect(adam.text).toBe('Dividing by 1-\\beta_1^t undoes the shrinkage: that is the bias correction.');
    expect(adam.tex.split('\n')).toEqual(['1-\\beta_1^t', '\\hat m_t=\\frac{m_t}{1-\\beta_1^t}', '\\alpha=0.1']);
    expect(adam.quiz).toContain("With bias correction, how long is Adam's first step when \\alpha=0.1?");
    expect(adam.quiz).toContain('About 0.316');
    expect(adam.quiz).not.toContain('SOLUTIONONLY');
    expect(adam.text).not.toContain('quux'); // The error box is not reader text.
    expect(documents[3]!.text).toContain('weight decay | 0.1');
  });

  it('attaches a quiz to the section its slot sits in, even when the pipeline recorded the parent section', () => {
    const documents = chapterDocuments(zhChapters[0]!, 0);
    const bySection = Object.fromEntries(documents.map((document) => [document.headingId ?? '', document.quiz]));
    expect(bySection['ppo-clip']).toContain('InstructGPT 的剪切范围 \\epsilon 是多少？');
    expect(bySection['stage-ppo']).toBe('');
  });

  it('falls back to the recorded section when the slot is not in the HTML', () => {
    const chapter = { ...zhChapters[0]!, html: zhChapters[0]!.html.replace(/<div class="widget-slot"[\s\S]*?<\/div>/, '') };
    const documents = chapterDocuments(chapter, 0);
    expect(documents.find((document) => document.headingId === 'stage-ppo')!.quiz).toContain('剪切范围');
  });

  it('leaves out an empty introduction', () => {
    expect(chapterDocuments(zhChapters[1]!, 1).map((document) => document.headingId)).toEqual(['adam-and-bias-correction']);
  });
});

describe('buildSearchIndex', () => {
  it('builds one JSON-serialisable index per locale', () => {
    const index = buildSearchIndex([...zhChapters, ...enChapters]);
    expect(index.version).toBe(SEARCH_INDEX_VERSION);
    expect(Object.keys(index.locales).sort()).toEqual(['en', 'zh']);
    expect(index.locales.en!.chapters).toEqual([
      { slug: 'adam', title: 'The Adam optimizer' },
      { slug: 'loss', title: 'Loss functions' },
    ]);
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});

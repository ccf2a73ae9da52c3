import { describe, expect, it } from 'vitest';
import { enChapters, heading } from './fixtures/sampleChapters.ts';
import { splitSections } from './splitSections.ts';

describe('splitSections', () => {
  it('splits at h2 and h3 headings with ids, keeping the introduction first', () => {
    const html = `<p>Intro</p>${heading(2, 'a', 'A')}<p>a body</p>${heading(3, 'b', 'B <em>sub</em>')}<p>b body</p>`;
    const sections = splitSections(html);
    expect(sections.map((section) => [section.headingId, section.bodyHtml])).toEqual([
      [undefined, '<p>Intro</p>'],
      ['a', '<p>a body</p>'],
      ['b', '<p>b body</p>'],
    ]);
    expect(sections[2]!.headingHtml).toContain('B <em>sub</em>');
  });

  it('only splits at the outline headings when given them, so the footnote label stays in its section', () => {
    const html = `${heading(2, 'a', 'A')}<p>a</p><section class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2></section>`;
    expect(splitSections(html, new Set(['a'])).map((section) => section.headingId)).toEqual([undefined, 'a']);
    expect(splitSections(html).map((section) => section.headingId)).toEqual([undefined, 'a', 'footnote-label']);
  });

  it('ignores h2/h3 without an id and deeper headings', () => {
    expect(splitSections('<h2>No id</h2><h4 id="deep">Deep</h4><p>x</p>')).toHaveLength(1);
  });

  it('records the widget slots each section holds', () => {
    const chapter = enChapters[0]!;
    const sections = splitSections(chapter.html, new Set(chapter.headings.map((h) => h.id)));
    expect(sections.map((section) => [section.headingId, section.widgetInstances])).toEqual([
      [undefined, []],
      ['gradient-descent', []],
      ['adam-and-bias-correction', ['quiz-2']],
      ['settings', []],
    ]);
  });

  it('puts the whole page in one section when there is no heading', () => {
    expect(splitSections('<p>only</p>')).toEqual([{ headingId: undefined, headingHtml: '', bodyHtml: '<p>only</p>', widgetInstances: [] }]);
  });
});

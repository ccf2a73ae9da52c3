import { describe, expect, it } from 'vitest';
import { displayMath, heading, inlineMath, widgetSlot } from './fixtures/sampleChapters.ts';
import { htmlToSearchText } from './htmlToSearchText.ts';

describe('htmlToSearchText', () => {
  it('strips tags, decodes entities and gives one paragraph per block', () => {
    const result = htmlToSearchText('<p>Adam &amp; <em>friends</em>,\n  twice</p><ul><li>one</li><li>two <code>x&lt;y</code></li></ul>');
    expect(result.paragraphs).toEqual(['Adam & friends, twice', 'one', 'two x<y']);
    expect(result.tex).toEqual([]);
  });

  it('takes the TeX of a formula from its annotation and drops the rendered KaTeX', () => {
    const rendered = inlineMath('\\hat m_t');
    expect(rendered).toContain('katex-html'); // The test is only meaningful on real KaTeX output.
    const result = htmlToSearchText(`<p>the estimate ${rendered} is corrected</p>`);
    expect(result.tex).toEqual(['\\hat m_t']);
    expect(result.paragraphs).toEqual(['the estimate \\hat m_t is corrected']);
  });

  it('keeps display formulas out of the text but in the TeX list', () => {
    const result = htmlToSearchText(`<p>Before.</p>${displayMath('\\frac{a}{b} < c')}<p>After.</p>`);
    expect(result.paragraphs).toEqual(['Before.', 'After.']);
    expect(result.tex).toEqual(['\\frac{a}{b} < c']);
  });

  it('drops heading anchors, footnote markers and lists, widget fallbacks, error boxes and hidden content', () => {
    const html = [
      heading(2, 'intro', 'Introduction'),
      '<p>Text<sup><a href="#fn-1" data-footnote-ref="true">1</a></sup> here.</p>',
      widgetSlot('softmax-lab', 'softmax-lab', 'intro', { note: '<b>not text</b>' }),
      '<div class="error-box" data-error-box=""><p class="error-box__message">broken widget</p></div>',
      '<span aria-hidden="true">decoration</span>',
      '<section data-footnotes="true" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol><li><p>Source.</p></li></ol></section>',
      '<svg><text>diagram label</text></svg>',
    ].join('\n');
    expect(htmlToSearchText(html).paragraphs).toEqual(['Introduction', 'Text here.']);
  });

  it('joins table cells of a row with a bar and gives each code line its own paragraph', () => {
    const html = '<table><tr><th>setting</th><th>value</th></tr><tr><td>β₁</td><td>0.9</td></tr></table><pre><code>a = 1\nb = 2\n</code></pre>';
    expect(htmlToSearchText(html).paragraphs).toEqual(['setting | value', 'β₁ | 0.9', 'a = 1', 'b = 2']);
  });

  it('keeps Chinese text without inventing spaces', () => {
    expect(htmlToSearchText('<p>近端<strong>策略</strong>优化</p>').paragraphs).toEqual(['近端策略优化']);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeEntities, scanHtml } from './htmlTokens.ts';

describe('decodeEntities', () => {
  it('decodes the references hast-util-to-html writes, numeric and named', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x3C;f&#x3E; &nbsp;&mdash;')).toBe('a & b <c> "d" \'e\' <f> \u00a0—');
  });
  it('leaves unknown or malformed references as written', () => {
    expect(decodeEntities('&bogus; &#xZZ; & alone &#0;')).toBe('&bogus; &#xZZ; & alone &#0;');
  });
});

describe('scanHtml', () => {
  it('reads tags, attributes and text with offsets', () => {
    const html = '<p class="x" id=intro>Hi <em>there</em><br/></p>';
    const tokens = scanHtml(html);
    expect(tokens.map((token) => (token.kind === 'text' ? `text:${token.text}` : `${token.kind}:${token.name}`))).toEqual([
      'open:p', 'text:Hi ', 'open:em', 'text:there', 'close:em', 'open:br', 'close:p',
    ]);
    const first = tokens[0]!;
    expect(first.kind === 'open' && first.attributes).toEqual({ class: 'x', id: 'intro' });
    expect(html.slice(first.start, first.end)).toBe('<p class="x" id=intro>');
    const br = tokens[5]!;
    expect(br.kind === 'open' && br.selfClosing).toBe(true);
  });

  it('keeps `>` and `<` inside quoted attribute values out of the markup', () => {
    const tokens = scanHtml(`<div data-props="{&quot;a&quot;:&quot;<b>x</b>&quot;}" title='1 > 0'>body</div>`);
    expect(tokens.map((token) => token.kind)).toEqual(['open', 'text', 'close']);
    const open = tokens[0]!;
    expect(open.kind === 'open' && open.attributes['data-props']).toBe('{"a":"<b>x</b>"}');
    expect(open.kind === 'open' && open.attributes.title).toBe('1 > 0');
  });

  it('skips comments and doctypes and does not read markup inside script and style', () => {
    const tokens = scanHtml('<!doctype html><!-- <p>no</p> --><style>p > a { }</style><script>if (a < b) x("</p>")</script>ok');
    expect(tokens.filter((token) => token.kind === 'text').map((token) => token.kind === 'text' && token.text)).toEqual(['ok']);
    expect(tokens.map((token) => (token.kind === 'text' ? 'text' : `${token.kind}:${token.name}`))).toEqual([
      'open:style', 'close:style', 'open:script', 'close:script', 'text',
    ]);
  });

  it('treats a `<` that starts no tag as text', () => {
    const tokens = scanHtml('1 < 2 and 3 <= 4');
    expect(tokens).toEqual([{ kind: 'text', text: '1 < 2 and 3 <= 4', start: 0, end: 16 }]);
  });
});

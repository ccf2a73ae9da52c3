// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ASCII_SHARE_LIMIT, asciiOnlyHtml, htmlToWrite } from './asciiHtml.mjs';

const page = `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8" /><title>优化器 Adam · 笔记</title>
<style>.quote::before { content: "“"; } .katex { font-family: KaTeX_Main; }</style>
<script>var t = '—';</script></head>
<body><p title="θ — 步长">梯度 g=∇f，步长 α 😀</p><math><mi>θ</mi></math>
<script type="application/json" id="page-data">{"title":"优化器 😀","x":"a\\"b"}</script></body></html>`;

describe('asciiOnlyHtml', () => {
  const ascii = asciiOnlyHtml(page);

  it('leaves no character outside ASCII', () => {
    expect(ascii).not.toMatch(/[\u0080-\u{10ffff}]/u);
    expect(asciiOnlyHtml('<p>plain</p>')).toBe('<p>plain</p>');
  });

  it('gives the browser the same document: text, attributes, title, MathML, JSON and script', () => {
    const read = (html) => {
      const document = new DOMParser().parseFromString(html, 'text/html');
      return {
        title: document.title,
        text: document.querySelector('p').textContent,
        attribute: document.querySelector('p').getAttribute('title'),
        math: document.querySelector('mi').textContent,
        data: JSON.parse(document.getElementById('page-data').textContent),
      };
    };
    expect(read(ascii)).toEqual(read(page));
    expect(read(ascii).data).toEqual({ title: '优化器 😀', x: 'a"b' });
    // The emoji outside the BMP is one reference (a reference to half a surrogate pair would read as U+FFFD).
    expect(ascii).toContain('&#x1f600;');
  });

  it('escapes inside stylesheets and scripts the way CSS and JavaScript read them', () => {
    expect(ascii).toContain('content: "\\201c "');
    expect(ascii).toContain("var t = '\\u2014';");
    expect(new Function(`${/var t = [^;]*;/.exec(ascii)[0]} return t;`)()).toBe('—');
  });
});

describe('htmlToWrite', () => {
  it('writes ASCII where few characters are outside it, and a page of mostly Chinese text as it is', () => {
    const english = `<p>${'a'.repeat(999)}—</p>`; // 0.1% outside ASCII
    const chinese = `<p>${'梯度下降'.repeat(50)}${'a'.repeat(100)}</p>`;
    expect(htmlToWrite(english)).toBe(asciiOnlyHtml(english));
    expect(htmlToWrite(chinese)).toBe(chinese);
    const atLimit = `${'a'.repeat(100 - 1)}θ`; // 1 in 100
    expect(1 / atLimit.length).toBe(ASCII_SHARE_LIMIT);
    expect(htmlToWrite(atLimit)).toBe(atLimit);
  });
});

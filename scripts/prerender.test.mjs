import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externaliseWidgetProps, inlineStylesheets } from './prerender.mjs';

function distWith(files) {
  const dist = mkdtempSync(join(tmpdir(), 'prerender-'));
  mkdirSync(join(dist, 'assets'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, 'assets', name), text);
  return dist;
}

describe('inlineStylesheets', () => {
  it('replaces the linked stylesheet with its text and leaves other links alone', () => {
    const dist = distWith({ 'index-abc.css': '.a{color:red}' });
    const html = '<head><link rel="modulepreload" crossorigin href="/assets/x.js">\n<link rel="stylesheet" crossorigin href="/assets/index-abc.css">\n<link rel="manifest" href="/manifest.webmanifest"></head>';
    expect(inlineStylesheets(html, dist)).toBe(
      '<head><link rel="modulepreload" crossorigin href="/assets/x.js">\n<style>.a{color:red}</style>\n<link rel="manifest" href="/manifest.webmanifest"></head>',
    );
  });

  it('refuses a stylesheet that would close the style element early', () => {
    const dist = distWith({ 'bad.css': '.a::after{content:"</style><script>"}' });
    expect(() => inlineStylesheets('<link rel="stylesheet" href="/assets/bad.css">', dist)).toThrow(/bad\.css contains "<\/style"/);
  });
});

describe('externaliseWidgetProps', () => {
  /** A slot as React writes it: the props JSON escaped into the attribute. */
  const slot = (props) =>
    `<div class="widget-slot" data-widget="quiz" data-props="${JSON.stringify(props).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#x27;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}" style="min-height:20rem"></div>`;

  it('moves large props into the file, numbered in page order, and leaves small ones inline', () => {
    const quiz = { questions: [{ id: 'q1', promptHtml: '<p>It\'s "x" &amp; <em>y</em></p>', answer: 2 }] };
    const second = { questions: [{ id: 'q2', promptHtml: 'second' }] };
    const small = { x: 1 };
    const html = `<main>${slot(quiz)}<p>text</p>${slot(small)}${slot(second)}</main>`;
    const { html: page, props } = externaliseWidgetProps(html, '/en/gelu/widget-props.json', 40);
    expect(props).toEqual([quiz, second]);
    expect(page).toContain('data-props-src="/en/gelu/widget-props.json#0" style="min-height:20rem"');
    expect(page).toContain('data-props-src="/en/gelu/widget-props.json#1"');
    expect(page).toContain(`data-props="{&quot;x&quot;:1}"`);
    expect(page).not.toContain('q1');
  });

  it('changes nothing on a page without large props', () => {
    const html = `<p>${slot({ x: 1 })}</p>`;
    expect(externaliseWidgetProps(html, '/x/widget-props.json')).toEqual({ html, props: [] });
  });
});

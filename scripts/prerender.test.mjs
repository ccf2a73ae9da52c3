import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from './prerender.mjs';

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

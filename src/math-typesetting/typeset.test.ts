import { renderToString } from 'katex';
import { describe, expect, it } from 'vitest';
import { KATEX_OPTIONS } from './katexOptions.ts';
import { typeset } from './typeset.ts';

describe('typeset', () => {
  it('gives KaTeX’s own output under the shared options, inline or display', () => {
    expect(typeset('x^2')).toBe(renderToString('x^2', { ...KATEX_OPTIONS, displayMode: false }));
    expect(typeset('x^2', true)).toBe(renderToString('x^2', { ...KATEX_OPTIONS, displayMode: true }));
    expect(typeset('x^2', true)).not.toBe(typeset('x^2'));
  });

  it('stays strict and untrusted: an unknown command throws, a link is never emitted', () => {
    expect(() => typeset('\\notacommand')).toThrow(/Undefined control sequence/);
    expect(typeset('\\href{https://example.com}{x}')).not.toMatch(/<a |example\.com"/);
  });

  it('stays correct past the cache size', () => {
    for (let i = 0; i < 200; i += 1) expect(typeset(`${i}`)).toContain(`>${i}<`);
    expect(typeset('0')).toBe(renderToString('0', { ...KATEX_OPTIONS, displayMode: false }));
  });
});

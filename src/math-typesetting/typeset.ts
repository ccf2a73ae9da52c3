import { renderToString } from 'katex';
import { KATEX_OPTIONS } from './katexOptions.ts';

/**
 * Formulas kept typeset, most recently used last. A probe dragged back and forth, or a step taken back, meets the same
 * numbers again; 64 short formulas are well under a megabyte of markup.
 */
const CACHE_SIZE = 64;
const cache = new Map<string, string>();

/**
 * KaTeX's HTML and MathML for `tex` under KATEX_OPTIONS (strict, no trust), inline unless `displayMode`. Throws on a
 * formula KaTeX refuses: widgets build their formulas from numbers, so an error is a bug to see, not to hide.
 * Results are cached by source and mode, so typesetting a formula seen recently costs a map lookup.
 */
export function typeset(tex: string, displayMode = false): string {
  const key = `${displayMode ? 'display' : 'inline'}:${tex}`;
  const cached = cache.get(key);
  if (cached !== undefined) {
    // Move it to the end: the first key is always the least recently used.
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const html = renderToString(tex, { ...KATEX_OPTIONS, displayMode, throwOnError: true });
  cache.set(key, html);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return html;
}

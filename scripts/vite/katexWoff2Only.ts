import type { Plugin } from 'vite';

/** A `, url(…woff) format("woff")` or `, url(…ttf) format("truetype")` fallback in an @font-face src list. */
const LEGACY_FONT_SOURCE = /,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\((["'])(?:woff|truetype)\1\)/g;

/** Drops the woff and ttf fallbacks from KaTeX's @font-face rules, leaving woff2 (every browser we support reads it). */
export function woff2Only(css: string): string {
  return css.replace(LEGACY_FONT_SOURCE, '');
}

/**
 * KaTeX's stylesheet lists three files per font: woff2, woff and ttf. Browsers fetch only the first they can read,
 * but the build still emits all 60 files and the stylesheet carries 40 URLs nobody uses, in every page (the
 * stylesheet is inlined). This keeps the woff2 sources only.
 */
export function katexWoff2Only(): Plugin {
  return {
    name: 'notebook-katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]katex[\\/]dist[\\/]katex(?:\.min)?\.css$/.test(id.split('?')[0]!)) return undefined;
      return { code: woff2Only(code), map: null };
    },
  };
}

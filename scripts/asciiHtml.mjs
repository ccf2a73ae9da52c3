// Writes a prerendered page in ASCII only, for the prerender (./prerender.mjs).
//
// Why: a page is UTF-8, and when its HTML holds even a few hundred non-ASCII characters (a dash, θ, the "中文"
// link), Chromium takes far longer to decode it, in the tasks that read the body before the first paint. Measured on
// the English Adam chapter (about 700 such characters in 338 KB):
// - reading and finishing the body: 60 ms → 25 ms (median of six traced loads);
// - parsing: +28 ms, as character references cost the tokenizer a little;
// - Lighthouse TBT, median of five runs, two rounds: 231 and 251 ms → 36 and 119 ms; in the bench, 90 → 4 ms.
// The reading tasks are the ones Lighthouse's simulation leaves out of its first-paint graph (see
// bench/traceWhatIf.mjs). The DOM is the same, character for character.
//
// Only where it pays: each reference costs the tokenizer, and the parse runs after the first paint, where Lighthouse
// counts it. On the Chinese Adam chapter (6,300 characters outside ASCII, 1.9%) decoding got faster but parsing took
// about 25 ms longer, and Lighthouse showed no gain (medians of five: 90 ms with references, 83 ms without). So pages
// at or above ASCII_SHARE_LIMIT stay as they are. Every English page is under 0.25%, every Chinese chapter over 1.9%.
//
// Our own code: it is one replacement per context (markup, stylesheet, script), less than a dependency would bring.

const NON_ASCII = /[\u0080-\u{10ffff}]/gu;

/** Raw text elements: character references are not decoded inside them, so their text needs its own escapes. */
const RAW_TEXT = /(<script\b[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>)/gi;

const hex = (character) => character.codePointAt(0).toString(16);

/** Pages whose share of non-ASCII characters is at least this are written as they are (see above). */
export const ASCII_SHARE_LIMIT = 0.01;

/** The page to write: asciiOnlyHtml(html) when few of its characters are outside ASCII, else html unchanged. */
export function htmlToWrite(html) {
  const nonAscii = html.match(NON_ASCII)?.length ?? 0;
  return nonAscii < ASCII_SHARE_LIMIT * html.length ? asciiOnlyHtml(html) : html;
}

/** Every non-ASCII character of `html` as a character reference, or, inside scripts and stylesheets, an escape. */
export function asciiOnlyHtml(html) {
  return html
    .split(RAW_TEXT)
    .map((part, index) => {
      if (index % 2 === 0) return part.replace(NON_ASCII, (character) => `&#x${hex(character)};`);
      if (/^<style/i.test(part)) return part.replace(NON_ASCII, (character) => `\\${hex(character)} `);
      // Scripts (JSON or JavaScript): \u escapes of UTF-16 code units, which both read as the same string.
      return part.replace(NON_ASCII, (character) =>
        [...Array(character.length).keys()]
          .map((unit) => `\\u${character.charCodeAt(unit).toString(16).padStart(4, '0')}`)
          .join(''),
      );
    })
    .join('');
}
